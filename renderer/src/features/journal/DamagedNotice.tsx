import { Notice } from '../../ui/Notice';

/** Entries that failed to decrypt are named once, quietly; everything else stays readable. */
export function DamagedNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Notice tone="rest">
      <p>
        {count === 1 ? 'One entry could not be read' : `${count.toLocaleString()} entries could not be read`}. Part of the journal file may
        have been damaged on disk. Your other entries are fine.
      </p>
    </Notice>
  );
}
