import { Dialog } from 'radix-ui';
import { useRef, useState } from 'react';
import { CONVERSATION_KIND_LABELS } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { HoldStage } from './HoldStage';
import { useConversation } from './useConversation';
import { useExplain } from './useExplain';
import type { Names } from './useNames';
import type { Go } from './views';

interface HoldViewProps {
  conversationId: string;
  names: Names;
  calmStart: [string, (text: string) => void];
  go: Go;
}

/**
 * Conversation mode: one laptop between two people, so it takes the whole window (a modal dialog:
 * focus stays inside, the app around it is hidden from screen readers) with large, calm type and
 * as little else as possible. Escape does not close it — a stray key must not pull the
 * conversation off the screen; "Step out" does, and the conversation stays where it was.
 */
export function HoldView({ conversationId, names, calmStart, go }: HoldViewProps) {
  const explain = useExplain();
  const { data, error, adopt } = useConversation(conversationId);
  const [actionError, setActionError] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const home = () => go({ name: 'home', tab: 'upcoming' });

  /** Runs a state change on the core and adopts its answer; failures are shown, never thrown. */
  async function act(run: () => Promise<Parameters<typeof adopt>[0]>): Promise<boolean> {
    setActionError(null);
    try {
      adopt(await run());
      return true;
    } catch (e) {
      setActionError(explain(e));
      return false;
    }
  }

  const kind = data ? CONVERSATION_KIND_LABELS[data.conversation.kind] : 'Conversation';

  return (
    <Dialog.Root open onOpenChange={(open) => !open && home()}>
      <Dialog.Portal>
        <Dialog.Content
          className="conv-hold"
          aria-describedby={undefined}
          onEscapeKeyDown={(e) => e.preventDefault()}
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            titleRef.current?.focus();
          }}
        >
          <header className="conv-hold__bar">
            <Dialog.Title ref={titleRef} tabIndex={-1} className="conv-hold__title">
              {kind}
              {data?.agenda.purpose ? <span className="conv-hold__purpose"> — {data.agenda.purpose}</span> : null}
            </Dialog.Title>
            <Button variant="quiet" onClick={home}>
              Step out
            </Button>
          </header>

          {error ? (
            <div className="conv-hold__body">
              <Notice tone="caution" role="alert">
                <p>{error}</p>
              </Notice>
            </div>
          ) : !data ? (
            <p className="conv-hold__body conv-muted">Opening…</p>
          ) : (
            <HoldStage
              loaded={data}
              names={names}
              calmStart={calmStart}
              actionError={actionError}
              act={act}
              onEnd={() => go({ name: 'after', conversationId })}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
