import { useId, useState, type FormEvent } from 'react';
import { VaultLabel } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { NewPassphraseFields } from './NewPassphraseFields';
import { ReadyHint } from './ReadyHint';
import { useNewPassphrase } from './useNewPassphrase';

export interface CreatedVault {
  label: string;
  recoveryKey: string;
}

interface CreateVaultFormProps {
  onCreated: (created: CreatedVault) => void;
}

/** Label and passphrase for a new journal. The core derives the key, then hands back the recovery key once. */
export function CreateVaultForm({ onCreated }: CreateVaultFormProps) {
  const [label, setLabel] = useState('');
  const [labelTouched, setLabelTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const pass = useNewPassphrase([label]);

  const labelCheck = VaultLabel.safeParse(label);
  const labelProblem = labelCheck.success ? null : (labelCheck.error.issues[0]?.message ?? 'Give this journal a short label.');
  const missing = labelProblem ?? pass.missing;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || missing) return;
    setBusy(true);
    setError(null);
    try {
      const created = await api.vault.create({ label, passphrase: pass.passphrase });
      onCreated({ label: label.trim(), recoveryKey: created.recoveryKey });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <Field
        label="Label"
        hint="This label is shown on this computer’s lock screen to anyone who opens Mend — choose something that doesn’t reveal anything private, like your first name."
        message={labelTouched && labelProblem ? labelProblem : undefined}
      >
        {({ inputId, describedBy }) => (
          <TextInput
            id={inputId}
            aria-describedby={describedBy}
            aria-invalid={labelTouched && labelProblem ? true : undefined}
            autoComplete="off"
            autoFocus
            maxLength={60}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            onBlur={() => setLabelTouched(true)}
            readOnly={busy}
          />
        )}
      </Field>

      <NewPassphraseFields state={pass} readOnly={busy} />

      {error ? (
        <Notice tone="caution" role="alert" id={errorId}>
          <p>{error}</p>
        </Notice>
      ) : null}

      <div className="stack stack--tight">
        <Button type="submit" variant="primary" wide disabled={busy || missing !== null} aria-describedby={hintId}>
          {busy ? 'Creating…' : 'Create journal'}
        </Button>
        <ReadyHint id={hintId} text={busy ? null : missing} />
      </div>
      <WorkingNotice message={busy ? 'Securing your journal…' : null} />
    </form>
  );
}
