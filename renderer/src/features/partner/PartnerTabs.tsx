import { Tabs } from 'radix-ui';
import { useEffect, useRef } from 'react';
import type { PartnerInfo, PartnerStatus, ReceivedEntry } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PairingTab } from './PairingTab';
import { PartnerPanel } from './PartnerPanel';
import { ReceivedList } from './ReceivedList';
import { ReceivePanel } from './ReceivePanel';
import { ShareLog } from './ShareLog';

export type PartnerTab = 'received' | 'share' | 'pairing';

interface PartnerTabsProps {
  me: PartnerStatus['me'];
  partner: PartnerInfo;
  tab: PartnerTab;
  onTab: (tab: PartnerTab) => void;
  received: ReceivedEntry[] | null;
  receivedError: string | null;
  onReceived: () => void;
  onShare: () => void;
  onStatus: (status: PartnerStatus) => void;
  /** On returning from the share flow: focus lands on the active tab rather than nowhere. */
  takeFocus?: boolean;
}

const isTab = (v: string): v is PartnerTab => v === 'received' || v === 'share' || v === 'pairing';

/** Once paired and verified: what they shared, what I shared, and the pairing itself. */
export function PartnerTabs(p: PartnerTabsProps) {
  const name = p.partner.name;
  const listRef = useRef<HTMLDivElement>(null);
  const { takeFocus } = p;
  useEffect(() => {
    if (takeFocus) listRef.current?.querySelector<HTMLElement>('[data-state="active"]')?.focus();
  }, [takeFocus]);

  return (
    <Tabs.Root className="partner-tabs" value={p.tab} onValueChange={(v) => isTab(v) && p.onTab(v)}>
      <Tabs.List ref={listRef} className="partner-tabs__list" aria-label={`You and ${name}`}>
        <Tabs.Trigger className="partner-tabs__trigger" value="received">
          From {name}
        </Tabs.Trigger>
        <Tabs.Trigger className="partner-tabs__trigger" value="share">
          Share with {name}
        </Tabs.Trigger>
        <Tabs.Trigger className="partner-tabs__trigger" value="pairing">
          Pairing
        </Tabs.Trigger>
      </Tabs.List>

      <Tabs.Content className="partner-tabs__panel" value="received">
        <div className="partner-stack">
          <ReceivePanel partnerName={name} onImported={p.onReceived} />
          <PartnerPanel title={`What ${name} has shared with you`}>
            {p.receivedError ? (
              <Notice tone="caution" role="alert">
                <p>{p.receivedError}</p>
              </Notice>
            ) : p.received === null ? (
              <p className="partner-muted">Loading…</p>
            ) : (
              <ReceivedList items={p.received} partnerName={name} />
            )}
          </PartnerPanel>
        </div>
      </Tabs.Content>

      <Tabs.Content className="partner-tabs__panel" value="share">
        <div className="partner-stack">
          <PartnerPanel
            title="Share entries"
            description={
              <p>
                Nothing is ever shared by default. You choose each entry, add a note if you like, see exactly what {name} will receive, and
                then save a sealed file to send them.
              </p>
            }
          >
            <div>
              <Button variant="primary" onClick={p.onShare}>
                Share entries with {name}…
              </Button>
            </div>
          </PartnerPanel>
          <PartnerPanel title="What you’ve shared">
            <ShareLog />
          </PartnerPanel>
        </div>
      </Tabs.Content>

      <Tabs.Content className="partner-tabs__panel" value="pairing">
        <PairingTab me={p.me} partner={p.partner} onStatus={p.onStatus} />
      </Tabs.Content>
    </Tabs.Root>
  );
}
