import { useState } from 'react';
import type { PartnerInfo, PartnerStatus } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { CardImport } from './CardImport';
import { dateOf } from './format';
import { MyCard } from './MyCard';
import { MyNameForm } from './MyNameForm';
import { PartnerPanel } from './PartnerPanel';
import { SafetyPhrase } from './SafetyPhrase';
import { UnpairButton } from './UnpairButton';

interface PairingTabProps {
  me: PartnerStatus['me'];
  partner: PartnerInfo;
  onStatus: (status: PartnerStatus) => void;
}

/** "Paired and verified on 3 June 2026." — one date when both happened the same day. */
function pairedLine(p: PartnerInfo): string {
  const paired = dateOf(p.pairedAt);
  if (p.verifiedAt === null) return `Paired since ${paired}.`;
  const verified = dateOf(p.verifiedAt);
  return verified === paired ? `Paired and verified on ${paired}.` : `Paired since ${paired}; safety phrase compared on ${verified}.`;
}

/** The pairing once it is done: who, since when, the words to compare again, and the way out. */
export function PairingTab({ me, partner, onStatus }: PairingTabProps) {
  const [addingCard, setAddingCard] = useState(false);
  return (
    <div className="partner-stack">
      <PartnerPanel
        title={`You and ${partner.name}`}
        description={
          <p>{pairedLine(partner)} You can compare these words again any time — they only change if one of you gets new keys.</p>
        }
      >
        <SafetyPhrase words={partner.safetyPhrase} size="small" />
        <div className="partner-subsection">
          <h3 className="partner-subsection__title">If {partner.name} sends you a new card</h3>
          <p className="partner-muted">
            After a new computer or a reinstall, {partner.name}’s card changes. Add the new one here, and you’ll compare the safety phrase
            again before sharing.
          </p>
          {addingCard ? (
            <CardImport
              partnerName={partner.name}
              onStatus={(s) => {
                setAddingCard(false);
                onStatus(s);
              }}
            />
          ) : (
            <div>
              <Button onClick={() => setAddingCard(true)}>Add a new card from {partner.name}</Button>
            </div>
          )}
        </div>
        <div className="partner-subsection">
          <UnpairButton name={partner.name} onStatus={onStatus} />
        </div>
      </PartnerPanel>
      <PartnerPanel title="You">
        <MyNameForm name={me.name} onStatus={onStatus} />
        <MyCard name={me.name} />
      </PartnerPanel>
    </div>
  );
}
