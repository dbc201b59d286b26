import { useState, type FormEvent } from 'react';
import type { PartnerStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { useExplain } from './useExplain';

interface MyNameFormProps {
  name: string | null;
  onStatus: (status: PartnerStatus) => void;
}

/** The name on my partner card and on everything I share: what my partner will see as "from". */
export function MyNameForm({ name, onStatus }: MyNameFormProps) {
  const explain = useExplain();
  const [value, setValue] = useState(name ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const unchanged = value.trim() === (name ?? '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || unchanged) return;
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const status = await api.partner.setMyName({ name: value });
      onStatus(status);
      setValue(status.me.name ?? '');
      setSaved('Saved.');
    } catch (err) {
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="partner-inline-form" onSubmit={submit} noValidate aria-busy={busy}>
      <Field
        label="The name your partner knows you by"
        hint="It goes on your partner card and on everything you share, so they know it’s from you."
      >
        {({ inputId, describedBy }) => (
          <div className="partner-inline-form__row">
            <TextInput
              id={inputId}
              aria-describedby={describedBy}
              autoComplete="off"
              maxLength={60}
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setSaved('');
              }}
              readOnly={busy}
            />
            <Button type="submit" disabled={busy || unchanged || value.trim() === ''}>
              {busy ? 'Saving…' : 'Save name'}
            </Button>
          </div>
        )}
      </Field>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <p className="partner-status-line" role="status">
        {saved}
      </p>
    </form>
  );
}
