/**
 * ShareFlow — sharing entries with the paired partner, always deliberate and previewed:
 * choose entries → add notes, choose what travels, optional expiry → preview exactly what the
 * partner will see → seal and save the packet (the person picks where) → where to send it.
 *
 * Props:
 * - `onClose(): void` (required) — leave the flow: Cancel on the first step, or Done at the end.
 * - `conversationId?: string | null` — the conversation this share prepares for (a 26-character
 *   record id). It travels in the packet and is kept in the share log. Default: none.
 * - `initialEntryIds?: readonly string[]` — entries already chosen when the flow opens (e.g.
 *   "Share this entry" in the journal). With any, the flow starts at the notes step; Back leads to
 *   the full list to add more. Ids that are missing or in the trash are left out, with a note.
 * - `onShared?(shared: { packetId: string; entryIds: string[] }): void` — after a packet was
 *   sealed and saved (the share log and each entry's "shared" mark are already updated).
 *
 * The flow checks the pairing itself: before a verified partner exists it says how to pair and
 * offers only Close. It renders an <h2> per step and moves focus to it, so mount it in place of
 * the button that opened it (or inside a dialog) at a point where an <h2> fits.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ShareRequest } from '../../../../shared/contract';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { DEFAULT_SHARE_FIELDS, type ShareFields } from '../../../../shared/domain/share';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { ShareChooseStep, MAX_SHARE_ENTRIES } from './ShareChooseStep';
import { ShareDone } from './ShareDone';
import { SharePrepareStep } from './SharePrepareStep';
import { SharePreviewStep } from './SharePreviewStep';
import { ShareSteps, type ShareStep } from './ShareSteps';
import { useExplain } from './useExplain';
import './partner.css';

export interface ShareFlowProps {
  onClose: () => void;
  conversationId?: string | null;
  initialEntryIds?: readonly string[];
  onShared?: (shared: { packetId: string; entryIds: string[] }) => void;
}

type Ready = { kind: 'loading' } | { kind: 'unpaired'; message: string } | { kind: 'ready'; partnerName: string };

export function ShareFlow({ onClose, conversationId = null, initialEntryIds, onShared }: ShareFlowProps) {
  const explain = useExplain();
  const [ready, setReady] = useState<Ready>({ kind: 'loading' });
  const [step, setStep] = useState<ShareStep>('choose');
  const [selected, setSelected] = useState<EntrySummary[]>([]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [fields, setFields] = useState<ShareFields>(DEFAULT_SHARE_FIELDS);
  const [expiresInDays, setExpiresInDays] = useState<number | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [sentCount, setSentCount] = useState(0);

  // Read once, on mount: the ids say where the flow starts, not something to follow afterwards.
  const [startIds] = useState(() => [...new Set(initialEntryIds ?? [])].slice(0, MAX_SHARE_ENTRIES));

  useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const status = await api.partner.status({});
        const p = status.partner;
        if (!p || !p.verified) {
          const message = !p
            ? 'Pair with your partner first: in the Partner section, exchange partner cards and compare your safety phrase together.'
            : `Compare the safety phrase with ${p.name} and mark it verified (Partner section) before sharing.`;
          if (alive) setReady({ kind: 'unpaired', message });
          return;
        }
        const found = await Promise.all(startIds.map((id) => api.entries.get({ id }).catch(() => null)));
        const usable = found.filter((e): e is NonNullable<typeof e> => e !== null && e.trashedAt === null);
        if (!alive) return;
        setSelected(usable.map(({ body: _body, ...summary }) => summary));
        setSkipped(startIds.length - usable.length);
        if (usable.length > 0) setStep('prepare');
        setReady({ kind: 'ready', partnerName: p.name });
      } catch (e) {
        const message = explain(e);
        if (alive && message !== null) setReady({ kind: 'unpaired', message });
      }
    })();
    return () => {
      alive = false;
    };
  }, [startIds, explain]);

  const toggle = useCallback((entry: EntrySummary) => {
    setSelected((xs) => (xs.some((x) => x.id === entry.id) ? xs.filter((x) => x.id !== entry.id) : [...xs, entry]));
  }, []);

  const request = useMemo<ShareRequest>(
    () => ({
      conversationId,
      items: selected.map((e) => ({ entryId: e.id, note: (notes[e.id] ?? '').trim() })),
      fields,
      expiresInDays,
    }),
    [conversationId, selected, notes, fields, expiresInDays],
  );

  if (ready.kind === 'loading') return <p className="partner-muted">Getting ready to share…</p>;
  if (ready.kind === 'unpaired') {
    return (
      <div className="share-flow">
        <FocusHeading level={2} className="share-flow__title">
          Sharing isn’t open yet
        </FocusHeading>
        <Notice tone="rest">
          <p>{ready.message}</p>
        </Notice>
        <div className="button-row">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    );
  }

  const name = ready.partnerName;
  const headings: Record<ShareStep, string> = {
    choose: `Choose entries to share with ${name}`,
    prepare: 'Add notes and choose what travels',
    preview: `Exactly what ${name} will see`,
    done: 'Sealed and saved',
  };

  return (
    <div className="share-flow" aria-label={`Share with ${name}`} role="region">
      <ShareSteps current={step} />
      <FocusHeading key={step} level={2} className="share-flow__title">
        {headings[step]}
      </FocusHeading>
      {conversationId && step !== 'done' ? (
        <p className="partner-muted">This share is for one of your conversations; it will be noted in the packet and your share log.</p>
      ) : null}
      {skipped > 0 && step === 'prepare' ? (
        <Notice tone="rest">
          <p>
            {skipped === 1 ? 'One entry' : `${skipped} entries`} couldn’t be added: deleted, or in the trash. Restore an entry to share it.
          </p>
        </Notice>
      ) : null}

      {step === 'choose' ? (
        <ShareChooseStep partnerName={name} selected={selected} onToggle={toggle} onNext={() => setStep('prepare')} onCancel={onClose} />
      ) : step === 'prepare' ? (
        <SharePrepareStep
          partnerName={name}
          selected={selected}
          notes={notes}
          onNote={(id, note) => setNotes((n) => ({ ...n, [id]: note }))}
          onRemove={toggle}
          fields={fields}
          onFields={setFields}
          expiresInDays={expiresInDays}
          onExpiry={setExpiresInDays}
          onBack={() => setStep('choose')}
          onNext={() => setStep('preview')}
        />
      ) : step === 'preview' ? (
        <SharePreviewStep
          request={request}
          partnerName={name}
          onBack={() => setStep('prepare')}
          onSent={(packetId) => {
            setSentCount(request.items.length);
            setStep('done');
            onShared?.({ packetId, entryIds: request.items.map((i) => i.entryId) });
          }}
        />
      ) : (
        <ShareDone partnerName={name} count={sentCount} onDone={onClose} />
      )}
    </div>
  );
}
