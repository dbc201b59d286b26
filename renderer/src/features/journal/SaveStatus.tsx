import type { SaveState } from './entrySaver';
import { Button } from '../../ui/Button';
import { CautionIcon, CheckIcon } from '../../ui/Icons';

interface SaveStatusProps {
  state: SaveState;
  /** The last settled outcome ("Saved" or a failure), which is all a screen reader is told. */
  settled: SaveState | null;
  /** A new entry with nothing typed has nothing to save; an opened one is already saved. */
  isNew: boolean;
  onRetry(): void;
}

/**
 * A quiet line saying whether the words are safe. Screen readers hear only the settled states
 * ("Saved", or what went wrong), politely, never the "Saving…" that comes and goes while typing.
 */
export function SaveStatus({ state, settled, isNew, onRetry }: SaveStatusProps) {
  const visible = visibleText(state, isNew);
  // The live region keeps the last settled words through each save, so it only speaks on a change.
  const announced = settled ? visibleText(settled, isNew) : '';

  return (
    <div className="save-status" data-status={state.status}>
      <span className="save-status__text" aria-hidden="true" data-testid="save-status">
        {state.status === 'saved' || (state.status === 'clean' && !isNew) ? <CheckIcon size={16} /> : null}
        {state.status === 'pending' || state.status === 'saving' ? <span className="save-status__dot" /> : null}
        {state.status === 'failed' ? <CautionIcon size={18} /> : null}
        {visible}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </span>
      {state.status === 'failed' ? (
        <Button variant="secondary" className="save-status__retry" onClick={onRetry}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}

function visibleText(state: SaveState, isNew: boolean): string {
  switch (state.status) {
    case 'clean':
      return isNew ? 'Not saved until you write something' : 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return `Not saved yet — ${state.message}`;
  }
}
