import { isMendError } from '../../../../shared/errors';
import { entriesCount } from './format';

/** What one import attempt came to, as the calm line the Receive panel shows. */
export interface ImportOutcome {
  tone: 'calm' | 'rest' | 'caution';
  title: string;
  message: string;
}

export function importedOutcome(imported: number, from: string | null): ImportOutcome {
  const who = from ?? 'your partner';
  return {
    tone: 'calm',
    title: `Imported ${entriesCount(imported)} from ${who}`,
    message: 'They’re below, with anything they’d like you to understand.',
  };
}

/**
 * A packet that is refused imports nothing, and the core says why in words meant for people, so
 * that sentence is shown as it is. "Already imported" is not a problem at all, so it is the quietest.
 */
export function failedOutcome(e: unknown, message: string): ImportOutcome {
  const code = isMendError(e) ? e.code : null;
  if (code === 'already_imported') return { tone: 'rest', title: 'Already imported', message };
  if (code === 'not_paired') return { tone: 'caution', title: 'Not opened yet', message };
  return { tone: 'caution', title: 'This packet wasn’t opened', message };
}
