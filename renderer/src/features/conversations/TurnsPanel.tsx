import { useId } from 'react';
import { useFocusOnMount } from '../../lib/useFocusOnMount';
import { Button } from '../../ui/Button';
import { nameOf, other, REFLECTIVE_PROMPTS, SUGGEST_SWITCH_MS, type Turn } from './turns';
import type { Names } from './useNames';
import { useNow } from './useNow';

interface TurnsPanelProps {
  turn: Turn;
  names: Names;
  suggestSwitch: boolean;
  onSwitch: () => void;
}

/** "4 min", "Just started": whole minutes, so the number never hurries anyone. */
function elapsedWords(ms: number): string {
  const m = Math.floor(ms / 60_000);
  return m < 1 ? 'Just started' : `${m} min`;
}

/**
 * Speaker and listener. The timer counts up in whole minutes and never rings; screen readers hear
 * only the turn changes and the one gentle suggestion, not the passing minutes.
 */
export function TurnsPanel({ turn, names, suggestSwitch, onSwitch }: TurnsPanelProps) {
  const headingId = useId();
  // The button that led here (begin, or "we're both ready") is gone; start reading at the speaker.
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const now = useNow(1000);
  const elapsed = Math.max(0, now - turn.since);
  const speaker = nameOf(turn.speaker, names);
  const listener = nameOf(other(turn.speaker), names);
  const suggesting = suggestSwitch && elapsed >= SUGGEST_SWITCH_MS;

  return (
    <section className="conv-turns" aria-labelledby={headingId}>
      <div className="conv-turns__speaker">
        <p className="conv-turns__role">Speaking</p>
        <h3 ref={headingRef} tabIndex={-1} className="conv-turns__name" id={headingId} data-who={turn.speaker}>
          {speaker}
        </h3>
        <p className="conv-turns__timer" role="timer" aria-label={`${speaker} has been speaking for`}>
          {elapsedWords(elapsed)}
        </p>
        <p className="conv-turns__guide">Speak about your own experience. Take your time.</p>
      </div>

      <div className="conv-turns__listener">
        <p className="conv-turns__role">Listening</p>
        <p className="conv-turns__listener-name">{listener}</p>
        <p className="conv-turns__guide">When {speaker} pauses, reflect back before you answer:</p>
        <ul className="conv-prompts" aria-label={`Prompts for ${listener}`}>
          {REFLECTIVE_PROMPTS.map((p) => (
            <li key={p} className="conv-prompt">
              “{p}”
            </li>
          ))}
        </ul>
      </div>

      <div className="conv-turns__switch">
        <div role="status" aria-live="polite" className="conv-turns__suggestion">
          {suggesting ? (
            <p>It’s been about five minutes. When it feels right, you might switch, so {listener} can say back what they heard.</p>
          ) : null}
        </div>
        <Button variant="secondary" className="conv-hold__big-button" onClick={onSwitch}>
          Switch turns — {listener} speaks
        </Button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {speaker} is speaking. {listener} is listening.
      </p>
    </section>
  );
}
