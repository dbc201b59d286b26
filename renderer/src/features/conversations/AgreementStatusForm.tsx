import { RadioGroup } from 'radix-ui';
import { useId, useState, type FormEvent } from 'react';
import { AGREEMENT_TRANSITIONS, type Agreement } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { STATUS_ACTIONS, type AgreementStatus } from './labels';
import { useExplain } from './useExplain';

interface AgreementStatusFormProps {
  agreement: Agreement;
  onSaved: (a: Agreement) => void;
  onCancel: () => void;
}

/** How it went, from the choices that make sense now; a note can say why, in a few words. */
export function AgreementStatusForm({ agreement, onSaved, onCancel }: AgreementStatusFormProps) {
  const explain = useExplain();
  const labelId = useId();
  const choices = AGREEMENT_TRANSITIONS[agreement.status];
  const [status, setStatus] = useState<AgreementStatus>(choices[0]!);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.agreements.setStatus({ id: agreement.id, status, note }));
    } catch (err) {
      setError(explain(err));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="conv-status-form" onSubmit={submit} aria-label={`How did “${agreement.text}” go?`}>
      <span className="field__label" id={labelId}>
        How did it go?
      </span>
      <RadioGroup.Root
        className="conv-choice"
        aria-labelledby={labelId}
        value={status}
        onValueChange={(v) => {
          const next = choices.find((c) => c === v);
          if (next) setStatus(next);
        }}
      >
        {choices.map((c) => (
          <RadioGroup.Item key={c} value={c} className="conv-choice__item">
            {STATUS_ACTIONS[c]}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      <Field
        label="A note (optional)"
        hint={status === 'renegotiated' ? 'What you agreed instead.' : 'No need to explain yourselves — only if it helps.'}
      >
        {({ inputId, describedBy }) => (
          <TextInput id={inputId} aria-describedby={describedBy} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        )}
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
          Save
        </Button>
      </div>
    </form>
  );
}
