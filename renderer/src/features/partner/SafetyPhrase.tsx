import type { Ref } from 'react';

interface SafetyPhraseProps {
  words: readonly string[];
  /** Large while comparing; smaller when it is only shown for reference. */
  size?: 'large' | 'small';
  /** Lets a parent move focus to the words (they can take focus, though not by Tab). */
  ref?: Ref<HTMLOListElement>;
}

/**
 * The six words both partners see. Numbered, so "the fourth word" is easy to say aloud, and
 * listed in order for screen readers.
 */
export function SafetyPhrase({ words, size = 'large', ref }: SafetyPhraseProps) {
  return (
    <ol ref={ref} tabIndex={-1} className={`safety-phrase safety-phrase--${size}`} aria-label="Safety phrase" data-testid="safety-phrase">
      {words.map((word, i) => (
        <li key={i} className="safety-phrase__word">
          <span className="safety-phrase__number" aria-hidden="true">
            {i + 1}
          </span>
          <span className="safety-phrase__text">{word}</span>
        </li>
      ))}
    </ol>
  );
}
