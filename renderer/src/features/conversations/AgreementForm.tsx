import { useState, type FormEvent } from 'react';
import type { Agreement } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import type { Owner } from './labels';
import { OwnerChoice } from './OwnerChoice';
import { useExplain } from './useExplain';
import type { Names } from './useNames';
import { localToday } from './when';

interface AgreementFormProps {
  conversationId: string | null;
  names: Names;
  onCreated: (a: Agreement) => void;
}

/** A small, concrete agreement: what, whose, by when, and when to look at it again together. */
export function AgreementForm({ conversationId, names, onCreated }: AgreementFormProps) {
  const explain = useExplain();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<Owner>('both');
  const [dueOn, setDueOn] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localToday();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // "Today" is the person's own calendar day, so an evening follow-up is not refused as past.
      const a = await api.agreements.create({ conversationId, text, owner, dueOn: dueOn || null, followUpOn: followUpOn || null, today });
      setText('');
      setOwner('both');
      setDueOn('');
      setFollowUpOn('');
      onCreated(a);
    } catch (err) {
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="conv-form conv-agreement-form" onSubmit={submit} aria-label="Add an agreement">
      <p className="conv-agreement-form__title" aria-hidden="true">
        Add an agreement
      </p>
      <Field label="Agreement" hint="Something small and doable, e.g. “Text when running more than 15 minutes late.”">
        {({ inputId, describedBy }) => (
          <TextInput
            id={inputId}
            aria-describedby={describedBy}
            value={text}
            maxLength={1000}
            required
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <OwnerChoice value={owner} onChange={setOwner} names={names} />
      <div className="conv-form__row">
        <Field label="By when (optional)">
          {({ inputId }) => <input id={inputId} className="input" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
        </Field>
        <Field label="Look at it again on (optional)">
          {({ inputId }) => (
            <input
              id={inputId}
              className="input"
              type="date"
              min={today}
              value={followUpOn}
              onChange={(e) => setFollowUpOn(e.target.value)}
            />
          )}
        </Field>
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add agreement'}
        </Button>
      </div>
    </form>
  );
}
