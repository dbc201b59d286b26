import { useState, type FormEvent } from 'react';
import { BOUNDARY_AREAS, type Boundary } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { AREA_LABELS, type Area } from './labels';
import { Select } from './Select';
import { TextArea } from './TextArea';
import { useExplain } from './useExplain';
import { localToday } from './when';

export interface BoundaryDraft {
  area: Area;
  text: string;
  agreedOn: string;
  revisitOn: string | null;
}

interface BoundaryFormProps {
  initial?: Boundary;
  submitLabel: string;
  onSubmit: (draft: BoundaryDraft) => Promise<void>;
  onCancel: () => void;
}

/** A boundary in one sentence, when you agreed it, and when to look at it again together. */
export function BoundaryForm({ initial, submitLabel, onSubmit, onCancel }: BoundaryFormProps) {
  const explain = useExplain();
  const [area, setArea] = useState<Area>(initial?.area ?? 'time');
  const [text, setText] = useState(initial?.text ?? '');
  const [agreedOn, setAgreedOn] = useState(initial?.agreedOn ?? localToday());
  const [revisitOn, setRevisitOn] = useState(initial?.revisitOn ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ area, text, agreedOn, revisitOn: revisitOn || null });
    } catch (err) {
      setError(explain(err));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="conv-form" onSubmit={submit} aria-label={initial ? 'Edit this boundary' : 'Add a boundary'}>
      <Field label="Area">
        {({ inputId }) => (
          <Select
            id={inputId}
            value={area}
            onChange={(e) => {
              const next = BOUNDARY_AREAS.find((a) => a === e.target.value);
              if (next) setArea(next);
            }}
          >
            {BOUNDARY_AREAS.map((a) => (
              <option key={a} value={a}>
                {AREA_LABELS[a]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="The boundary" hint="In a sentence you both recognise, e.g. “We ask before reading each other’s messages.”">
        {({ inputId, describedBy }) => (
          <TextArea
            id={inputId}
            aria-describedby={describedBy}
            rows={2}
            required
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <div className="conv-form__row">
        <Field label="Agreed on">
          {({ inputId }) => (
            <input id={inputId} className="input" type="date" required value={agreedOn} onChange={(e) => setAgreedOn(e.target.value)} />
          )}
        </Field>
        <Field label="Revisit on (optional)">
          {({ inputId }) => (
            <input id={inputId} className="input" type="date" value={revisitOn} onChange={(e) => setRevisitOn(e.target.value)} />
          )}
        </Field>
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button variant="quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
