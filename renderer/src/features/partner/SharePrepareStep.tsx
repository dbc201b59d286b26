import { useId } from 'react';
import { KIND_LABELS, type EntrySummary } from '../../../../shared/domain/entry';
import type { ShareFields } from '../../../../shared/domain/share';
import { Button } from '../../ui/Button';
import { longDay } from './format';
import { chosenFields } from './shareFields';
import { ShareFieldsPicker } from './ShareFieldsPicker';
import { titleOf } from './useEntryTitles';

export const EXPIRY_CHOICES: readonly { days: number | null; label: string }[] = [
  { days: null, label: 'Any time' },
  { days: 7, label: 'Within a week' },
  { days: 30, label: 'Within 30 days' },
  { days: 90, label: 'Within 90 days' },
];

const MAX_NOTE = 2000;

interface SharePrepareStepProps {
  partnerName: string;
  selected: readonly EntrySummary[];
  notes: Readonly<Record<string, string>>;
  onNote: (entryId: string, note: string) => void;
  onRemove: (entry: EntrySummary) => void;
  fields: ShareFields;
  onFields: (fields: ShareFields) => void;
  expiresInDays: number | null;
  onExpiry: (days: number | null) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step two: a note for each entry if wanted, which parts travel, and how long the packet can be opened. */
export function SharePrepareStep(p: SharePrepareStepProps) {
  const expiryId = useId();
  const expiryHintId = useId();
  const noFields = chosenFields(p.fields).length === 0;

  return (
    <div className="share-step">
      <ul className="share-notes" aria-label="Chosen entries">
        {p.selected.map((e) => (
          <NoteItem key={e.id} entry={e} note={p.notes[e.id] ?? ''} onNote={p.onNote} onRemove={p.onRemove} partnerName={p.partnerName} />
        ))}
      </ul>

      <ShareFieldsPicker fields={p.fields} onChange={p.onFields} />

      <div className="field">
        <label className="field__label" htmlFor={expiryId}>
          {p.partnerName} can open this packet
        </label>
        <p className="field__hint" id={expiryHintId}>
          If they haven’t opened it by then, Mend won’t open it. Once opened, it stays in their journal.
        </p>
        <select
          id={expiryId}
          className="input partner-select"
          autoComplete="off"
          aria-describedby={expiryHintId}
          value={p.expiresInDays === null ? '' : String(p.expiresInDays)}
          onChange={(e) => p.onExpiry(e.target.value === '' ? null : Number(e.target.value))}
        >
          {EXPIRY_CHOICES.map((c) => (
            <option key={c.label} value={c.days === null ? '' : String(c.days)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>

      <div className="share-step__footer">
        <p className="share-step__count" role="status">
          {noFields ? 'Choose at least one part of the entries to share.' : ''}
        </p>
        <div className="button-row">
          <Button variant="quiet" onClick={p.onBack}>
            Back
          </Button>
          <Button variant="primary" onClick={p.onNext} disabled={noFields || p.selected.length === 0}>
            Preview what {p.partnerName} will see
          </Button>
        </div>
      </div>
    </div>
  );
}

interface NoteItemProps {
  entry: EntrySummary;
  note: string;
  partnerName: string;
  onNote: (entryId: string, note: string) => void;
  onRemove: (entry: EntrySummary) => void;
}

function NoteItem({ entry, note, partnerName, onNote, onRemove }: NoteItemProps) {
  const noteId = useId();
  const hintId = useId();
  const title = titleOf(entry);
  return (
    <li className="share-note">
      <div className="share-note__head">
        <p className="share-note__title">{title}</p>
        <p className="share-note__meta">
          {KIND_LABELS[entry.kind]} · {longDay(entry.happenedOn)}
        </p>
      </div>
      <label className="field__label" htmlFor={noteId}>
        What I’d like you to understand <span className="share-note__optional">(optional)</span>
      </label>
      <p className="field__hint" id={hintId}>
        Written for {partnerName}, only for this share. It doesn’t change your entry.
      </p>
      <textarea
        id={noteId}
        className="input share-note__input"
        rows={2}
        spellCheck={false}
        autoComplete="off"
        maxLength={MAX_NOTE}
        aria-describedby={hintId}
        value={note}
        onChange={(e) => onNote(entry.id, e.target.value)}
      />
      <div>
        <Button variant="link" onClick={() => onRemove(entry)} aria-label={`Remove from this share: “${title}”`}>
          Remove from this share
        </Button>
      </div>
    </li>
  );
}
