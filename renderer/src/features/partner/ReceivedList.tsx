import { useId } from 'react';
import type { ReceivedEntry } from '../../../../shared/contract';
import { entriesCount, partnerLabel, stampOf } from './format';
import { ReflectionField } from './ReflectionField';
import { SharedEntryCard } from './SharedEntryCard';

interface ReceivedListProps {
  items: ReceivedEntry[];
  partnerName: string | null;
}

interface PacketGroup {
  packetId: string;
  receivedAt: number;
  from: string;
  conversationId: string | null;
  entries: ReceivedEntry[];
}

/** Entries arrive a packet at a time; showing them that way keeps each share's context together. */
function byPacket(items: ReceivedEntry[]): PacketGroup[] {
  const groups = new Map<string, PacketGroup>();
  for (const item of items) {
    let g = groups.get(item.packetId);
    if (!g) {
      g = { packetId: item.packetId, receivedAt: item.receivedAt, from: item.from, conversationId: item.conversationId, entries: [] };
      groups.set(item.packetId, g);
    }
    g.entries.push(item);
  }
  return [...groups.values()].sort((a, b) => b.receivedAt - a.receivedAt);
}

/** "From <partner>": what they chose to share, read-only, each with room for a private reflection. */
export function ReceivedList({ items, partnerName }: ReceivedListProps) {
  const privacyId = useId();
  const who = partnerLabel(partnerName);

  if (items.length === 0) {
    return (
      <div className="partner-empty">
        <p className="partner-empty__title">Nothing from {who} yet</p>
        <p>
          When {who} shares entries with you, they’ll send you a sealed file. Open it here, and what they chose to share will appear — with
          anything they’d like you to understand.
        </p>
      </div>
    );
  }

  return (
    <div className="received">
      <p className="received__privacy" id={privacyId}>
        Your reflections stay in your journal. They are never sent back unless you share them yourself.
      </p>
      {byPacket(items).map((g) => (
        <section key={g.packetId} className="received__packet" aria-label={`Shared by ${g.from} on ${stampOf(g.receivedAt)}`}>
          <p className="received__packet-head">
            <span>
              {g.from} shared {entriesCount(g.entries.length)}
            </span>
            <span className="received__packet-when">Opened {stampOf(g.receivedAt)}</span>
            {g.conversationId ? <span className="received__packet-when">For one of your conversations</span> : null}
          </p>
          <ul className="received__entries">
            {g.entries.map((entry) => (
              <li key={entry.id}>
                <SharedEntryCard entry={entry} senderName={entry.from}>
                  <ReflectionField receivedId={entry.id} initial={entry.reflection} describedBy={privacyId} />
                </SharedEntryCard>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
