import { useState } from 'react';
import { CheckIcon } from '../../ui/Icons';
import type { SaveState } from './useAutosave';

function words(state: SaveState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return `Not saved yet — ${state.message}`;
  }
}

/**
 * A quiet line saying whether the words are safe. Screen readers hear only settled states, never
 * the "Saving…" that comes and goes with typing.
 */
export function SaveLine({ state }: { state: SaveState }) {
  // The live region keeps the last settled words (adjusted during render, React's pattern for
  // state that follows a prop), so it speaks only when they change.
  const [announced, setAnnounced] = useState('');
  const settled = state.status === 'saved' || state.status === 'failed' ? words(state) : null;
  if (settled !== null && settled !== announced) setAnnounced(settled);
  return (
    <p className="conv-save-line" data-status={state.status}>
      <span aria-hidden="true">
        {state.status === 'saved' ? <CheckIcon size={16} /> : null}
        {words(state)}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </span>
    </p>
  );
}
