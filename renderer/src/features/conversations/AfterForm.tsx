import { useState } from 'react';
import { CONVERSATION_KIND_LABELS, type Conversation } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { AgreementForm } from './AgreementForm';
import { AgreementList } from './AgreementList';
import { BackLink } from './BackLink';
import { Card } from './Card';
import { NextOne } from './NextOne';
import { SaveLine } from './SaveLine';
import { TextArea } from './TextArea';
import { useAgreements } from './useAgreements';
import { useAutosave } from './useAutosave';
import type { Loaded } from './useConversation';
import { useExplain } from './useExplain';
import type { Names } from './useNames';
import type { Go } from './views';

interface AfterFormProps {
  loaded: Loaded;
  names: Names;
  go: Go;
  onConversation: (c: Conversation) => void;
}

interface AfterText {
  notes: string;
  wentWell: string;
}

/**
 * Writing it down: what went well (small recoveries count), private notes, and the agreements
 * reached. Words save as they are typed; while the conversation is still open, "Close the
 * conversation" ends it with them.
 */
export function AfterForm({ loaded, names, go, onConversation }: AfterFormProps) {
  const explain = useExplain();
  const c = loaded.conversation;
  const open = c.status === 'in-progress' || c.status === 'paused';
  const [text, setText] = useState<AfterText>({ notes: c.notes, wentWell: c.wentWell });
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [justClosed, setJustClosed] = useState(false);
  const agreements = useAgreements();
  const mine = (agreements.items ?? []).filter((a) => a.conversationId === c.id);
  const autosave = useAutosave<AfterText>(async (t) => {
    await api.conversations.saveAfter({ id: c.id, ...t });
  }, explain);

  const update = (patch: Partial<AfterText>) => {
    const next = { ...text, ...patch };
    setText(next);
    // Saved as they are typed even before closing, so stepping away never loses them.
    autosave.changed(next);
  };

  async function close() {
    setClosing(true);
    setCloseError(null);
    try {
      await autosave.flush();
      onConversation(await api.conversations.end({ id: c.id, ...text }));
      setJustClosed(true);
    } catch (e) {
      setCloseError(explain(e));
    } finally {
      setClosing(false);
    }
  }

  return (
    <div className="conv-page">
      <BackLink onBack={() => go({ name: 'home', tab: 'upcoming' })} />
      <header className="conv-page__header">
        <p className="conv-eyebrow">{CONVERSATION_KIND_LABELS[c.kind]}</p>
        <FocusHeading level={2} className="conv-page__title">
          {open ? 'How did it go?' : 'After the conversation'}
        </FocusHeading>
        {open ? <p className="conv-lead">Take a breath. You sat down and talked — that matters, however it went.</p> : null}
      </header>

      {justClosed ? (
        <Notice tone="calm" role="status" title="Thank you both for showing up.">
          <p>That’s what repair is made of: coming back, again and again.</p>
        </Notice>
      ) : null}

      <Card title="What went well" hint={<p>Small recoveries count: a softer voice, a pause taken in time, staying in the room.</p>}>
        <Field label="What went well, however small">
          {({ inputId, describedBy }) => (
            <TextArea
              id={inputId}
              aria-describedby={describedBy}
              rows={3}
              maxLength={20_000}
              value={text.wentWell}
              onChange={(e) => update({ wentWell: e.target.value })}
            />
          )}
        </Field>
      </Card>

      <Card title="Private notes" hint={<p>Only you can read these.</p>}>
        <Field label="Notes for myself">
          {({ inputId, describedBy }) => (
            <TextArea
              id={inputId}
              aria-describedby={describedBy}
              rows={4}
              maxLength={20_000}
              value={text.notes}
              onChange={(e) => update({ notes: e.target.value })}
            />
          )}
        </Field>
      </Card>

      <Card title="Agreements" hint={<p>What you agreed, however small. They come back next time, so you can see how they went.</p>}>
        {agreements.error ? (
          <Notice tone="caution" role="alert">
            <p>{agreements.error}</p>
          </Notice>
        ) : (
          <AgreementList
            items={mine}
            names={names}
            onChanged={agreements.replace}
            label="Agreements from this conversation"
            empty="None yet. Not every conversation needs one."
          />
        )}
        <AgreementForm conversationId={c.id} names={names} onCreated={agreements.add} />
      </Card>

      {!open ? <NextOne series={loaded.series} after={c.startsAt} go={go} /> : null}

      <footer className="conv-page__footer">
        <SaveLine state={autosave.state} />
        {open ? (
          <>
            {closeError ? (
              <Notice tone="caution" role="alert">
                <p>{closeError}</p>
              </Notice>
            ) : null}
            <div className="button-row">
              <Button variant="quiet" onClick={() => go({ name: 'hold', conversationId: c.id })}>
                Back to the conversation
              </Button>
              <Button variant="primary" onClick={close} disabled={closing}>
                {closing ? 'Closing…' : 'Close the conversation'}
              </Button>
            </div>
          </>
        ) : (
          <>
            <div className="button-row">
              <Button
                onClick={async () => {
                  autosave.changed(text);
                  await autosave.flush();
                }}
              >
                Save
              </Button>
            </div>
          </>
        )}
      </footer>
    </div>
  );
}
