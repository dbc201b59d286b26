import type { Names } from './useNames';

export type Who = 'me' | 'partner';

export interface Turn {
  speaker: Who;
  /** Date.now() when this turn began; the timer counts up from here. */
  since: number;
}

export const other = (w: Who): Who => (w === 'me' ? 'partner' : 'me');
export const nameOf = (w: Who, names: Names): string => (w === 'me' ? names.me : names.partner);

/** When the soft suggestion to switch appears. A suggestion only: nothing happens by itself. */
export const SUGGEST_SWITCH_MS = 5 * 60_000;

export const REFLECTIVE_PROMPTS = ['What I heard you say is…', 'Did I get that right?', 'Is there more?'] as const;
