import type { EntrySummary } from '../../../../shared/domain/entry';
import { Button } from '../../ui/Button';
import { addDays, isoOf, longDay, shortDay } from './dates';
import { headingOf } from './EntryRow';
import { KindChip } from './KindChip';
import { RestoreIcon } from './icons';

/** The core purges trashed entries after this many days (electron/core/journal/service.ts). */
export const TRASH_DAYS = 30;

interface TrashRowProps {
  entry: EntrySummary;
  busy: boolean;
  onRestore(id: string): void;
  onPurge(entry: EntrySummary): void;
}

/** A trashed entry: what it was, when it goes for good, and the two ways out. */
export function TrashRow({ entry, busy, onRestore, onPurge }: TrashRowProps) {
  const heading = headingOf(entry);
  const goneOn = entry.trashedAt === null ? null : addDays(isoOf(new Date(entry.trashedAt)), TRASH_DAYS);
  return (
    <li className="trash-row">
      <div className="trash-row__main">
        <div className="entry-row__meta">
          <KindChip kind={entry.kind} />
          <time className="entry-row__date" dateTime={entry.happenedOn}>
            {shortDay(entry.happenedOn)}
          </time>
        </div>
        <p className="trash-row__title">{heading.text}</p>
        {goneOn ? <p className="trash-row__when">Removed for good on {longDay(goneOn)}</p> : null}
      </div>
      <div className="trash-row__actions">
        <Button variant="secondary" disabled={busy} onClick={() => onRestore(entry.id)} aria-label={`Restore “${heading.text}”`}>
          <RestoreIcon size={16} />
          Restore
        </Button>
        <Button variant="quiet" disabled={busy} onClick={() => onPurge(entry)} aria-label={`Delete forever: “${heading.text}”`}>
          Delete forever
        </Button>
      </div>
    </li>
  );
}
