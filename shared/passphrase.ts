import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * One passphrase policy for the strength meter (renderer) and the gate (core), so the UI can never
 * accept what the core would refuse.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn score 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSPHRASE_SCORE = 3;

/**
 * Phrases everyone has seen in examples (the xkcd comic, typing tests): long, yet the first things
 * an attacker tries. Passed to zxcvbn as known words, so they score as guessable.
 */
const FAMOUS_PHRASES = ['correct horse battery staple', 'correcthorsebatterystaple', 'the quick brown fox jumps over the lazy dog', 'to be or not to be that is the question', 'i love you with all my heart'];

let factory: ZxcvbnFactory | null = null;
function checker(): ZxcvbnFactory {
  // Built lazily: the dictionaries are large and only the create/change screens need them.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

export interface PassphraseAssessment {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** A short, kind hint, or null when the passphrase is fine. */
  hint: string | null;
}

export function assessPassphrase(passphrase: string, context: string[] = []): PassphraseAssessment {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { score: 0, acceptable: false, hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words work well.` };
  }
  const result = checker().check(passphrase.slice(0, 256), [...context, ...FAMOUS_PHRASES]);
  const score = result.score as PassphraseAssessment['score'];
  const acceptable = score >= MIN_PASSPHRASE_SCORE;
  const fallback = 'Add another word or two that are not about you.';
  const hint = acceptable ? null : result.feedback.warning || result.feedback.suggestions[0] || fallback;
  return { score, acceptable, hint };
}
