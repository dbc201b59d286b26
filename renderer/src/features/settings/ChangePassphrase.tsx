import { useId, useState, type FormEvent } from 'react';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { ReadyHint } from '../vault/ReadyHint';
import { useNewPassphrase } from '../vault/useNewPassphrase';
import { SettingsCard } from './SettingsCard';

/** Current passphrase, then a new one. Only the key's wrapping changes; entries are untouched. */
export function ChangePassphrase() {
  const { label, syncStatus } = useSession();
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase([label]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const hintId = useId();

  const missing = current.length === 0 ? 'Enter your current passphrase to continue.' : next.missing;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || missing) return;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api.vault.changePassphrase({ current, next: next.passphrase });
      setCurrent('');
      next.reset();
      setDone(true);
    } catch (err) {
      if (isLockedError(err)) void syncStatus();
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsCard
      title="Passphrase"
      description={<p>Change the passphrase you unlock Mend with. Your entries stay exactly as they are.</p>}
    >
      <form className="stack settings-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field label="Current passphrase">
          {({ inputId, describedBy }) => (
            <PassphraseInput
              id={inputId}
              aria-describedby={describedBy}
              autoComplete="current-password"
              value={current}
              onChange={(e) => {
                setCurrent(e.target.value);
                setDone(false);
              }}
              readOnly={busy}
            />
          )}
        </Field>
        <NewPassphraseFields state={next} passphraseLabel="New passphrase" confirmLabel="Confirm new passphrase" readOnly={busy} />
        {error ? (
          <Notice tone="caution" role="alert">
            <p>{error}</p>
          </Notice>
        ) : null}
        <div className="stack stack--tight">
          <div>
            <Button type="submit" variant="primary" disabled={busy || missing !== null} aria-describedby={hintId}>
              {busy ? 'Changing…' : 'Change passphrase'}
            </Button>
          </div>
          <ReadyHint id={hintId} text={busy || done ? null : missing} />
        </div>
        <WorkingNotice message={busy ? 'Securing your journal with the new passphrase…' : null} />
        <div role="status">
          {done ? (
            <Notice tone="calm">
              <p>Your passphrase has been changed. Use the new one next time you unlock Mend.</p>
            </Notice>
          ) : null}
        </div>
      </form>
    </SettingsCard>
  );
}
