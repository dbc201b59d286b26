import { useState, type FormEvent } from 'react';
import type { Boundary } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextArea } from './TextArea';
import { useExplain } from './useExplain';
import { localToday } from './when';

interface CrossingFormProps {
  boundary: Boundary;
  onSaved: (b: Boundary) => void;
  onCancel: () => void;
}

/**
 * When a boundary was crossed: what happened, how to make it right, and what we commit to now.
 * Framed as repair, not as a charge sheet.
 */
export function CrossingForm({ boundary, onSaved, onCancel }: CrossingFormProps) {
  const explain = useExplain();
  const [on, setOn] = useState(localToday());
  const [what, setWhat] = useState('');
  const [redress, setRedress] = useState('');
  const [renewed, setRenewed] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.boundaries.recordCrossing({ id: boundary.id, crossing: { on, what, redress, renewedCommitment: renewed } }));
    } catch (err) {
      setError(explain(err));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="conv-form conv-crossing-form" onSubmit={submit} aria-label="Record a crossing">
      <p className="conv-muted">It happens. Writing it down together is part of repairing it.</p>
      <Field label="When">
        {({ inputId }) => (
          <input
            id={inputId}
            className="input"
            type="date"
            required
            max={localToday()}
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
        )}
      </Field>
      <Field label="What happened" hint="Briefly, and as plainly as you can.">
        {({ inputId, describedBy }) => (
          <TextArea
            id={inputId}
            aria-describedby={describedBy}
            rows={2}
            required
            maxLength={2000}
            value={what}
            onChange={(e) => setWhat(e.target.value)}
          />
        )}
      </Field>
      <Field label="Plan for making it right">
        {({ inputId }) => <TextArea id={inputId} rows={2} maxLength={2000} value={redress} onChange={(e) => setRedress(e.target.value)} />}
      </Field>
      <Field label="What we commit to now">
        {({ inputId }) => <TextArea id={inputId} rows={2} maxLength={1000} value={renewed} onChange={(e) => setRenewed(e.target.value)} />}
      </Field>
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
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
