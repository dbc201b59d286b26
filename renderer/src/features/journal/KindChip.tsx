import { KIND_LABELS, type EntryKind } from '../../../../shared/domain/entry';

/** The kind of an entry as a soft dot and word; each kind has its own quiet colour, never an alarm. */
export function KindChip({ kind }: { kind: EntryKind }) {
  return (
    <span className="kind-chip" data-kind={kind}>
      <span className="kind-chip__dot" aria-hidden="true" />
      {KIND_LABELS[kind]}
    </span>
  );
}
