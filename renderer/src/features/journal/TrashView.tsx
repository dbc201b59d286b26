import { useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { ConfirmDialog } from './ConfirmDialog';
import { headingOf } from './EntryRow';
import { TrashRow, TRASH_DAYS } from './TrashRow';
import { useLockedCatchUp } from './useLockedCatchUp';
import { useTimeline } from './useTimeline';

interface TrashViewProps {
  version: number;
  onChanged(): void;
  onBack(): void;
  onRestored(entry: EntrySummary): void;
}

type Confirm = { type: 'purge'; entry: EntrySummary } | { type: 'empty' } | null;

/** The Trash lists every trashed entry; the timeline's filters do not apply here. */
const EVERYTHING = {};

/** Entries moved to the Trash: restore them, or let them go for good. */
export function TrashView({ version, onChanged, onBack, onRestored }: TrashViewProps) {
  const { data, loadMore, hasMore } = useTimeline(EVERYTHING, true, version, 0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const catchUp = useLockedCatchUp();

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      catchUp(e);
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const restore = (id: string) =>
    run(async () => {
      onRestored(await api.entries.restore({ id }));
    });

  return (
    <div className="trash-view">
      <div className="entry-page__bar">
        <Button variant="quiet" onClick={onBack}>
          <ArrowLeftIcon size={18} />
          All entries
        </Button>
      </div>
      <div className="trash-view__head">
        <h2 className="trash-view__title">Trash</h2>
        <p className="trash-view__intro">
          Entries stay here for {TRASH_DAYS} days, then are removed for good. Until then you can restore them.
        </p>
      </div>

      {problem ? (
        <Notice tone="caution" role="alert">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {data.status === 'failed' ? (
        <Notice tone="caution" role="alert">
          <p>Mend couldn’t show the Trash just now. {data.message}</p>
        </Notice>
      ) : null}

      {data.status === 'ready' && data.total === 0 ? (
        <div className="journal-empty journal-empty--small">
          <p className="journal-empty__heading">The Trash is empty</p>
          <p className="journal-empty__body">Entries you move here can be restored for {TRASH_DAYS} days.</p>
        </div>
      ) : (
        <>
          <div className="trash-view__actions">
            <p className="trash-view__count" role="status">
              {data.status === 'ready' ? `${data.total.toLocaleString()} ${data.total === 1 ? 'entry' : 'entries'} in the Trash` : ''}
            </p>
            <Button variant="quiet" disabled={busy || data.total === 0} onClick={() => setConfirm({ type: 'empty' })}>
              Empty trash
            </Button>
          </div>
          <ul className="trash-view__list" aria-label="Entries in the Trash">
            {data.items.map((e) => (
              <TrashRow
                key={e.id}
                entry={e}
                busy={busy}
                onRestore={(id) => void restore(id)}
                onPurge={(entry) => setConfirm({ type: 'purge', entry })}
              />
            ))}
          </ul>
          {hasMore ? (
            <Button variant="secondary" onClick={loadMore}>
              Show more
            </Button>
          ) : null}
        </>
      )}

      <ConfirmDialog
        open={confirm?.type === 'purge'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title="Delete this entry forever?"
        confirmLabel="Delete forever"
        onConfirm={() => {
          if (confirm?.type === 'purge') void run(() => api.entries.purge({ id: confirm.entry.id }));
        }}
      >
        <p>“{confirm?.type === 'purge' ? headingOf(confirm.entry).text : ''}” will be erased from this computer. This cannot be undone.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm?.type === 'empty'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title="Empty the Trash?"
        confirmLabel="Delete all forever"
        onConfirm={() => void run(() => api.entries.emptyTrash({}))}
      >
        <p>
          {data.total === 1 ? 'The entry' : `All ${data.total.toLocaleString()} entries`} in the Trash will be erased from this computer.
          This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
