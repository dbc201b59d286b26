import { useEffect, useRef, useState } from 'react';
import type { PartnerStatus } from '../../../../shared/contract';
import { Notice } from '../../ui/Notice';
import { announcementFor, type Announcement } from './announcement';
import { PartnerPanel } from './PartnerPanel';
import { PartnerSetup } from './PartnerSetup';
import { PartnerTabs, type PartnerTab } from './PartnerTabs';
import { ReceivedList } from './ReceivedList';
import { ShareFlow } from './ShareFlow';
import { usePartnerStatus } from './usePartnerStatus';
import { useReceived } from './useReceived';
import './partner.css';

/**
 * The Partner section. Until the partner is verified it is a guided pairing; after, it is three
 * tabs. Sharing opens as its own page in place of the tabs, so a half-made share is never hidden
 * behind another tab.
 */
export function PartnerSection() {
  const { status, setStatus, error } = usePartnerStatus();
  const received = useReceived();
  const [tab, setTab] = useState<PartnerTab>('received');
  const [sharing, setSharing] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [returnToTabs, setReturnToTabs] = useState(false);
  const [focusPhrase, setFocusPhrase] = useState(false);
  const announcementRef = useRef<HTMLDivElement>(null);

  // Verifying or unpairing replaces the view that held focus; the news is the place to land.
  useEffect(() => {
    if (announcement) announcementRef.current?.focus();
  }, [announcement]);

  function adopt(next: PartnerStatus) {
    const news = announcementFor(status, next);
    if (news) setAnnouncement(news);
    else if (!next.partner?.verified) setAnnouncement(null);
    if (news && next.partner?.verified) setTab('share');
    setFocusPhrase(next.partner !== null && !next.partner.verified && next.partner.keyId !== status?.partner?.keyId);
    setStatus(next);
  }

  if (error) {
    return (
      <Notice tone="caution" role="alert">
        <p>{error}</p>
      </Notice>
    );
  }
  if (!status) return <p className="partner-muted">Loading…</p>;

  const { partner } = status;
  if (partner?.verified && sharing) {
    return (
      <div className="partner">
        <ShareFlow
          onClose={() => {
            setSharing(false);
            setTab('share');
            setReturnToTabs(true);
          }}
        />
      </div>
    );
  }

  return (
    <div className="partner">
      <div className="partner-live" aria-live="polite" tabIndex={-1} ref={announcementRef}>
        {announcement ? (
          <Notice tone="calm" title={announcement.title}>
            <p>{announcement.text}</p>
          </Notice>
        ) : null}
      </div>
      {partner?.verified ? (
        <PartnerTabs
          me={status.me}
          partner={partner}
          tab={tab}
          onTab={setTab}
          received={received.items}
          receivedError={received.error}
          onReceived={received.reload}
          onShare={() => {
            setAnnouncement(null);
            setSharing(true);
          }}
          takeFocus={returnToTabs}
          onStatus={adopt}
        />
      ) : (
        <>
          <PartnerSetup status={status} onStatus={adopt} focusPhrase={focusPhrase} />
          {received.items && received.items.length > 0 ? (
            <PartnerPanel title="Shared with you before">
              <ReceivedList items={received.items} partnerName={partner?.name ?? null} />
            </PartnerPanel>
          ) : null}
        </>
      )}
    </div>
  );
}
