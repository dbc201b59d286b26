import type { ReceivedEntry } from '../../../../shared/contract';
import { KIND_LABELS, plainTextOf } from '../../../../shared/domain/entry';
import { shortDate } from './when';

/**
 * An entry my partner shared for this conversation, with the note they wrote for me first: it
 * says what they hope I will understand, which matters more here than the entry itself.
 */
export function PartnerEntry({ entry, partnerName }: { entry: ReceivedEntry; partnerName: string }) {
  const text = entry.body ? plainTextOf(entry.body) : '';
  const meta = [entry.kind ? KIND_LABELS[entry.kind] : null, entry.happenedOn ? shortDate(entry.happenedOn) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="conv-agenda-entry conv-agenda-entry--partner">
      <p className="conv-agenda-entry__title">{entry.title || 'Untitled entry'}</p>
      {meta ? <p className="conv-agenda-entry__meta">{meta}</p> : null}
      {entry.note ? (
        <p className="conv-agenda-entry__note">
          <span className="conv-agenda-entry__note-label">{partnerName}’s note: </span>
          {entry.note}
        </p>
      ) : null}
      {text ? (
        <details className="conv-agenda-entry__more">
          <summary>Read the entry</summary>
          <p className="conv-agenda-entry__body">{text}</p>
        </details>
      ) : null}
    </li>
  );
}
