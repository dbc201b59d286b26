import type { MonthReview } from '../../../../shared/contract/progress';
import { CONVERSATION_KIND_LABELS } from '../../../../shared/domain/conversation';
import { ENTRY_KINDS, type EntryKind } from '../../../../shared/domain/entry';

const KIND_WORDS: Record<EntryKind, [one: string, many: string]> = {
  feeling: ['feeling', 'feelings'],
  setback: ['setback', 'setbacks'],
  'small-recovery': ['small recovery', 'small recoveries'],
  gratitude: ['note of gratitude', 'notes of gratitude'],
  reflection: ['reflection', 'reflections'],
};

export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 feelings, 2 setbacks and 5 small recoveries", in the app's usual order of kinds. */
export function kindsSentence(byKind: MonthReview['byKind']): string {
  const parts = ENTRY_KINDS.flatMap((k) => {
    const n = byKind[k] ?? 0;
    return n > 0 ? [countOf(n, ...KIND_WORDS[k])] : [];
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** How a conversation went, in words that never scold: one that did not happen was "set aside". */
const STATUS_WORDS: Record<string, string> = {
  held: 'Held',
  planned: 'Planned',
  'in-progress': 'Under way',
  paused: 'Paused',
  skipped: 'Set aside',
};

export function statusWord(status: string, isPast: boolean): string {
  // A past one that was never opened is still "planned" to the core; to people it simply did not happen.
  if (status === 'planned' && isPast) return 'Not held';
  return STATUS_WORDS[status] ?? status;
}

export function conversationKindWord(kind: MonthReview['conversations'][number]['kind']): string {
  return CONVERSATION_KIND_LABELS[kind];
}
