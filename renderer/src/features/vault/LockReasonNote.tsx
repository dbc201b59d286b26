import type { LockReason } from '../../../../shared/contract';
import { Notice } from '../../ui/Notice';

const NOTES: Partial<Record<LockReason, string>> = {
  idle: 'Mend locked itself after a quiet while, to keep your words private.',
  'os-lock': 'Mend locked when your computer’s screen locked, to keep your words private.',
  suspend: 'Mend locked when your computer went to sleep, to keep your words private.',
};

/** A kind word when Mend locked on its own, so it never feels like something went wrong. */
export function LockReasonNote({ reason }: { reason: LockReason | null }) {
  const note = reason ? NOTES[reason] : undefined;
  if (!note) return null;
  return <Notice tone="rest">{note}</Notice>;
}
