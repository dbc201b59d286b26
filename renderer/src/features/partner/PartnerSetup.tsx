import { useState } from 'react';
import type { PartnerStatus } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { CardImport } from './CardImport';
import { KeyChangedNotice } from './KeyChangedNotice';
import { MyCard } from './MyCard';
import { MyNameForm } from './MyNameForm';
import { PairingStep } from './PairingStep';
import { PartnerPanel } from './PartnerPanel';
import { VerifyStep } from './VerifyStep';

interface PartnerSetupProps {
  status: PartnerStatus;
  onStatus: (status: PartnerStatus) => void;
  /** A card with new keys was just added here: the safety phrase is what to read next. */
  focusPhrase: boolean;
}

/**
 * Pairing, from nothing to verified, as four plain steps. Each person does the same steps on
 * their own computer; the order between them doesn't matter.
 */
export function PartnerSetup({ status, onStatus, focusPhrase }: PartnerSetupProps) {
  const { me, partner } = status;
  const [replacing, setReplacing] = useState(false);
  const adopt = (next: PartnerStatus) => {
    setReplacing(false);
    onStatus(next);
  };

  // Already paired once: only the check is missing, so the steps would only be noise.
  if (partner?.keyChanged) {
    return (
      <div className="partner-setup">
        <KeyChangedNotice name={partner.name} />
        <PartnerPanel title={`Compare the safety phrase with ${partner.name} again`}>
          <VerifyStep key={partner.keyId} partner={partner} onStatus={onStatus} takeFocus={focusPhrase} />
        </PartnerPanel>
      </div>
    );
  }

  return (
    <div className="partner-setup">
      <p className="partner-lead">
        Pairing connects your journal with your partner’s, so each of you can choose entries to share with the other. You each send your
        partner card, add the other’s, then compare six words together.
      </p>
      <ol className="pairing-steps">
        <PairingStep number={1} title="Your name" done={me.name !== null}>
          <MyNameForm name={me.name} onStatus={onStatus} />
        </PairingStep>
        <PairingStep number={2} title="Send your partner card">
          <MyCard name={me.name} />
        </PairingStep>
        <PairingStep
          number={3}
          title="Add your partner’s card"
          done={partner !== null && !replacing}
          summary={
            partner && !replacing ? (
              <div className="partner-inline-summary">
                <p>You added {partner.name}’s card.</p>
                <Button variant="link" onClick={() => setReplacing(true)}>
                  Add a different card
                </Button>
              </div>
            ) : null
          }
        >
          {partner === null || replacing ? <CardImport onStatus={adopt} /> : null}
        </PairingStep>
        <PairingStep number={4} title="Compare the safety phrase">
          {partner ? (
            <VerifyStep key={partner.keyId} partner={partner} onStatus={onStatus} takeFocus={focusPhrase} />
          ) : (
            <p className="partner-muted">
              Once you’ve added their card, six words appear here. Your partner sees the same six words on their computer.
            </p>
          )}
        </PairingStep>
      </ol>
    </div>
  );
}
