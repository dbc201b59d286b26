import { useState } from 'react';
import type { Conversation } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { AgendaPanel } from './AgendaPanel';
import { BeforeStart } from './BeforeStart';
import { BreakView } from './BreakView';
import { CalmStartScript } from './CalmStartScript';
import { EndControl } from './EndControl';
import { PauseControl } from './PauseControl';
import { other, type Turn } from './turns';
import { TurnsPanel } from './TurnsPanel';
import type { Loaded } from './useConversation';
import type { Names } from './useNames';

interface HoldStageProps {
  loaded: Loaded;
  names: Names;
  calmStart: [string, (text: string) => void];
  actionError: string | null;
  act: (run: () => Promise<Conversation>) => Promise<boolean>;
  onEnd: () => void;
}

/** The part of conversation mode that follows the conversation's state: before, during, on a break. */
export function HoldStage({ loaded, names, calmStart: [script, setScript], actionError, act, onEnd }: HoldStageProps) {
  const c = loaded.conversation;
  const id = c.id;
  const [turn, setTurn] = useState<Turn>(() => ({ speaker: 'me', since: Date.now() }));
  const [suggestSwitch, setSuggestSwitch] = useState(true);

  if (c.status === 'planned') {
    return (
      <div className="conv-hold__body">
        <BeforeStart
          names={names}
          calmStart={script}
          onCalmStart={setScript}
          error={actionError}
          onBegin={async (first, suggest) => {
            setSuggestSwitch(suggest);
            if (await act(() => api.conversations.start({ id }))) setTurn({ speaker: first, since: Date.now() });
          }}
        />
      </div>
    );
  }

  const pause = c.pauses[c.pauses.length - 1];
  if (c.status === 'paused' && pause) {
    return (
      <BreakView
        key={pause.startedAt}
        returnAt={pause.returnAt}
        message={actionError}
        onEndForToday={onEnd}
        onReady={async () => {
          // The speaker carries on where they were; only their timer starts again.
          if (await act(() => api.conversations.resume({ id }))) setTurn((t) => ({ ...t, since: Date.now() }));
        }}
      />
    );
  }

  if (c.status === 'in-progress') {
    return (
      <div className="conv-hold__body conv-hold__grid">
        <div className="conv-hold__main">
          <CalmStartScript text={script} onChange={setScript} quiet />
          <TurnsPanel
            turn={turn}
            names={names}
            suggestSwitch={suggestSwitch}
            onSwitch={() => setTurn((t) => ({ speaker: other(t.speaker), since: Date.now() }))}
          />
        </div>
        <AgendaPanel agenda={loaded.agenda} names={names} />
        <footer className="conv-hold__footer">
          {actionError ? (
            <Notice tone="caution" role="alert">
              <p>{actionError}</p>
            </Notice>
          ) : null}
          <PauseControl onPause={async (minutes) => void (await act(() => api.conversations.pause({ id, minutes })))} />
          <EndControl onEnd={onEnd} />
        </footer>
      </div>
    );
  }

  return (
    <div className="conv-hold__body conv-hold__done">
      <p className="conv-hold__lead">{c.status === 'skipped' ? 'This conversation was skipped.' : 'This conversation has ended.'}</p>
      {c.status === 'held' ? (
        <div>
          <Button variant="primary" onClick={onEnd}>
            Notes and agreements
          </Button>
        </div>
      ) : null}
    </div>
  );
}
