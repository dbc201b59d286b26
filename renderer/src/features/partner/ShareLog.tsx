import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Notice } from '../../ui/Notice';
import { entriesCount, stampOf } from './format';
import { fieldLabel } from './shareFields';
import { useEntryTitles } from './useEntryTitles';
import { useExplain } from './useExplain';

type ShareLogItem = OutputOf<'share.log'>['items'][number];

/**
 * What left this journal, when, and in what form: a record kept only here, so the person can
 * always look back at exactly what they shared.
 */
export function ShareLog() {
  const explain = useExplain();
  const [items, setItems] = useState<ShareLogItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titles = useEntryTitles(items !== null && items.length > 0);

  useEffect(() => {
    let alive = true;
    api.share
      .log({})
      .then((r) => alive && setItems(r.items))
      .catch((e: unknown) => alive && setError(explain(e)));
    return () => {
      alive = false;
    };
  }, [explain]);

  if (error) {
    return (
      <Notice tone="caution" role="alert">
        <p>{error}</p>
      </Notice>
    );
  }
  if (items === null) return <p className="partner-muted">Loading what you’ve shared…</p>;
  if (items.length === 0) {
    return (
      <div className="partner-empty">
        <p className="partner-empty__title">Nothing shared yet</p>
        <p>When you share entries, a record of exactly what went, and when, will appear here. Only you can see it.</p>
      </div>
    );
  }

  return (
    <div className="share-log">
      <p className="partner-muted">Shared copies cannot be recalled.</p>
      <ol className="share-log__list">
        {items.map((item) => (
          <li key={item.packetId} className="share-log__item">
            <p className="share-log__head">
              <span className="share-log__when">{stampOf(item.sharedAt)}</span>
              <span>
                {entriesCount(item.entryIds.length)} with {item.partnerName}
              </span>
            </p>
            <ul className="share-log__entries" aria-label="Entries">
              {item.entryIds.map((id) => (
                <li key={id}>{titles ? (titles.get(id) ?? 'An entry you’ve since deleted') : '…'}</li>
              ))}
            </ul>
            <dl className="share-log__facts">
              <div>
                <dt>What travelled</dt>
                <dd>{item.fields.length ? item.fields.map(fieldLabel).join(', ') : 'Only your notes'}</dd>
              </div>
              <div>
                <dt>Conversation</dt>
                <dd>{item.conversationId ? <span className="share-log__id">{item.conversationId}</span> : 'No conversation'}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
