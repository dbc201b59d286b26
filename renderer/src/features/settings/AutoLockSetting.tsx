import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SettingsCard } from './SettingsCard';

const MIN = 1;
const MAX = 240;

function minutesText(n: number): string {
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** How long Mend waits, with no one using it, before it locks itself. */
export function AutoLockSetting() {
  const { syncStatus } = useSession();
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    let alive = true;
    api.vault
      .getSettings({})
      .then((s) => {
        if (!alive) return;
        setSaved(s.idleLockMinutes);
        setValue(String(s.idleLockMinutes));
      })
      .catch((e: unknown) => {
        if (!alive) return;
        if (isLockedError(e)) void syncStatus();
        else setError(messageOf(e));
      });
    return () => {
      alive = false;
    };
  }, [syncStatus]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const minutes = Number(value);
    if (!Number.isInteger(minutes) || minutes < MIN || minutes > MAX) {
      setError(`Choose a whole number of minutes from ${MIN} to ${MAX}.`);
      setStatus('');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await api.vault.updateSettings({ idleLockMinutes: minutes });
      setSaved(next.idleLockMinutes);
      setValue(String(next.idleLockMinutes));
      setStatus(`Saved. Mend will lock after ${minutesText(next.idleLockMinutes)} without activity.`);
    } catch (err) {
      if (isLockedError(err)) void syncStatus();
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsCard
      title="Locking"
      description={
        <p>Mend locks itself when no one has used it for a while, and whenever your computer’s screen locks or it goes to sleep.</p>
      }
    >
      <form autoComplete="off" className="inline-form" onSubmit={submit} noValidate aria-busy={busy}>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            Lock after this many minutes without activity
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
              aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              disabled={saved === null}
            />
            <span className="inline-form__suffix" aria-hidden="true">
              minutes
            </span>
            <Button type="submit" disabled={busy || saved === null || value === String(saved)}>
              {busy ? 'Saving…' : 'Save'}
            </Button>
          </div>
          <p className="field__hint" id={hintId}>
            Anything from {MIN} to {MAX} minutes.
          </p>
        </div>
        {error ? (
          <Notice tone="caution" role="alert" id={errorId}>
            <p>{error}</p>
          </Notice>
        ) : null}
        <p className="settings-status" role="status">
          {status}
        </p>
      </form>
    </SettingsCard>
  );
}
