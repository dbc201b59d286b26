import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';

const MIN = 1;
const MAX = 60;

/** How many daily automatic backups Mend keeps before it removes the oldest. */
export function KeepBackupsSetting({ onLocked }: { onLocked: () => void }) {
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const messageId = useId();

  useEffect(() => {
    let alive = true;
    api.vault.getSettings({}).then(
      (s) => {
        if (!alive) return;
        setSaved(s.backupsToKeep);
        setValue(String(s.backupsToKeep));
      },
      (e: unknown) => {
        if (!alive) return;
        if (isLockedError(e)) onLocked();
        else setError(messageOf(e));
      },
    );
    return () => {
      alive = false;
    };
  }, [onLocked]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < MIN || n > MAX) {
      setError(`Choose a whole number from ${MIN} to ${MAX}.`);
      setStatus('');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await api.vault.updateSettings({ backupsToKeep: n });
      setSaved(next.backupsToKeep);
      setValue(String(next.backupsToKeep));
      setStatus(
        `Saved. Mend will keep the ${next.backupsToKeep === 1 ? 'latest automatic backup' : `${next.backupsToKeep} latest automatic backups`}.`,
      );
    } catch (err) {
      if (isLockedError(err)) onLocked();
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="inline-form" onSubmit={submit} noValidate aria-busy={busy}>
      <label className="field__label" htmlFor={inputId}>
        Automatic backups to keep
      </label>
      <div className="inline-form__row">
        <input
          id={inputId}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={MIN}
          max={MAX}
          step={1}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus('');
          }}
          aria-describedby={messageId}
          aria-invalid={error ? true : undefined}
          disabled={saved === null}
        />
        <Button type="submit" disabled={busy || saved === null || value === String(saved)}>
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </div>
      <p id={messageId} className={error ? 'field__message field__message--caution' : 'settings-status'} role="status">
        {error ?? status}
      </p>
    </form>
  );
}
