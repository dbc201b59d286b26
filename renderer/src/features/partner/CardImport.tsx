import { useState, type FormEvent } from 'react';
import type { PartnerStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FolderIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';

interface CardImportProps {
  onStatus: (status: PartnerStatus) => void;
  /** Whose card this is, when we already know (a new card from the same partner). */
  partnerName?: string;
}

/** Their card, pasted as a code or opened from a file. The core checks it; we show its reasons. */
export function CardImport({ onStatus, partnerName }: CardImportProps) {
  const explain = useExplain();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const whose = partnerName ? `${partnerName}’s` : 'your partner’s';

  async function run(call: () => Promise<PartnerStatus | null>) {
    setBusy(true);
    setError(null);
    try {
      const status = await call();
      if (status) {
        setCode('');
        onStatus(status);
      }
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || code.trim() === '') return;
    void run(() => api.partner.importCard({ code }));
  }

  function openFile() {
    void run(async () => {
      const r = await api.partner.importCardFile({});
      return r.cancelled ? null : r.status;
    });
  }

  return (
    <form className="partner-card" onSubmit={submit} noValidate aria-busy={busy}>
      <Field label={`Paste ${whose} card code`} hint="It starts with MEND-CARD-1: — line breaks and spaces don’t matter.">
        {({ inputId, describedBy }) => (
          <textarea
            id={inputId}
            className="input partner-code"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            placeholder="MEND-CARD-1:…"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            readOnly={busy}
          />
        )}
      </Field>
      <div className="partner-actions">
        <Button type="submit" variant="primary" disabled={busy || code.trim() === ''}>
          Add their card
        </Button>
        <span className="partner-actions__or">or</span>
        <Button onClick={openFile} disabled={busy}>
          <FolderIcon size={18} /> Open a card file…
        </Button>
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
    </form>
  );
}
