import { useEffect, useRef, useState } from 'react';
import type { PartnerInfo, PartnerStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { CheckIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { SafetyPhrase } from './SafetyPhrase';
import { UnpairButton } from './UnpairButton';
import { useExplain } from './useExplain';

interface VerifyStepProps {
  partner: PartnerInfo;
  onStatus: (status: PartnerStatus) => void;
  /** Right after their card was added: the words are what to read next. */
  takeFocus?: boolean;
}

/**
 * The one step that makes pairing safe: both people compare the words, live. Marking verified
 * is a promise the person makes, so it is a deliberate button, never automatic.
 */
export function VerifyStep({ partner, onStatus, takeFocus = false }: VerifyStepProps) {
  const explain = useExplain();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const phraseRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (takeFocus) phraseRef.current?.focus();
  }, [takeFocus]);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      onStatus(await api.partner.verify({}));
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="partner-verify">
      <SafetyPhrase ref={phraseRef} words={partner.safetyPhrase} />
      <p className="partner-verify__how">
        Sit together or call, and read these words to each other. If they match exactly, no one has swapped a card on the way.
      </p>
      <div className="partner-actions">
        <Button variant="primary" onClick={verify} disabled={busy}>
          <CheckIcon size={18} /> They match — mark verified
        </Button>
        <Button variant="quiet" onClick={() => setMismatch(true)} disabled={busy} aria-expanded={mismatch}>
          They don’t match
        </Button>
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      {mismatch ? (
        <div role="alert">
          <Notice tone="caution" title="Please don’t share anything yet">
            <p>
              If even one word is different, the card you added may not be the one {partner.name} sent. Unpair, then exchange cards again —
              in person, or over a call where you can hear each other — and compare the new words.
            </p>
            <div className="partner-actions partner-actions--in-notice">
              <UnpairButton name={partner.name} onStatus={onStatus} />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
