import { useState } from 'react';
import { CONVERSATION_KIND_LABELS, type Prep } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { BackLink } from './BackLink';
import { Card } from './Card';
import { EntryPicker } from './EntryPicker';
import { IStatements } from './IStatements';
import { KIND_NOUNS } from './labels';
import { OpenAgreements } from './OpenAgreements';
import { ReadinessCheck } from './ReadinessCheck';
import { Reschedule } from './Reschedule';
import { SaveLine } from './SaveLine';
import { SharePacketStep } from './SharePacketStep';
import { TextArea } from './TextArea';
import { useAutosave } from './useAutosave';
import type { Loaded } from './useConversation';
import { useExplain } from './useExplain';
import { useNow } from './useNow';
import type { Names } from './useNames';
import type { Go } from './views';
import { deviceTimeZone, friendlyWhen } from './when';

interface PrepareFormProps {
  loaded: Loaded;
  names: Names;
  go: Go;
}

/** Blank drafts are kept on screen while being written, but not saved. */
const cleaned = (p: Prep): Prep => ({ ...p, iStatements: p.iStatements.filter((s) => s.trim() !== '') });

export function PrepareForm({ loaded, names, go }: PrepareFormProps) {
  const explain = useExplain();
  const { conversation, series, agenda } = loaded;
  const [prep, setPrep] = useState<Prep>(conversation.prep);
  const [sharing, setSharing] = useState(false);
  const now = useNow(60_000);
  const autosave = useAutosave<Prep>(async (p) => {
    await api.conversations.savePrep({ id: conversation.id, prep: cleaned(p) });
  }, explain);

  const update = (patch: Partial<Prep>) => {
    const next = { ...prep, ...patch };
    setPrep(next);
    autosave.changed(next);
  };

  const zone = series?.timeZone ?? deviceTimeZone();
  const noun = KIND_NOUNS[conversation.kind];
  const home = (flash?: string) => go({ name: 'home', tab: 'upcoming', flash });

  async function saveNow() {
    // An explicit save also covers the case where nothing changed since a failed attempt.
    autosave.changed(prep);
    await autosave.flush();
  }

  async function begin() {
    await autosave.flush();
    go({ name: 'hold', conversationId: conversation.id });
  }

  if (sharing) {
    return (
      <div className="conv-page">
        <BackLink onBack={() => setSharing(false)} label="Back to my preparation" />
        <SharePacketStep conversationId={conversation.id} entryIds={prep.entryIds} onClose={() => setSharing(false)} />
      </div>
    );
  }

  return (
    <div className="conv-page">
      <BackLink onBack={() => home()} />
      <header className="conv-page__header">
        <p className="conv-eyebrow">{CONVERSATION_KIND_LABELS[conversation.kind]}</p>
        <FocusHeading level={2} className="conv-page__title">
          Prepare for your {noun}
        </FocusHeading>
        <p className="conv-lead">{friendlyWhen(conversation.startsAt, zone, now)}</p>
      </header>
      <Notice tone="rest">
        <p>This page is just for you. Nothing here is shared unless you choose to make a share packet.</p>
      </Notice>
      {conversation.status !== 'planned' ? (
        <Notice tone="calm">
          <p>
            This conversation has already {conversation.status === 'skipped' ? 'been skipped' : 'started'}. Your notes here stay with it.
          </p>
        </Notice>
      ) : null}

      <Card title="What it’s for">
        <Field label="Purpose" hint="One sentence. You can change what you wrote when you planned it.">
          {({ inputId, describedBy }) => (
            <TextInput
              id={inputId}
              aria-describedby={describedBy}
              value={prep.purpose}
              maxLength={200}
              onChange={(e) => update({ purpose: e.target.value })}
            />
          )}
        </Field>
      </Card>

      <Card
        title="What I want to share"
        hint={<p>Choose entries from your journal to talk about. Choosing only marks them here; nothing is sent.</p>}
      >
        <EntryPicker selected={prep.entryIds} onChange={(entryIds) => update({ entryIds })} />
        <div className="conv-card__actions">
          <Button
            onClick={async () => {
              await autosave.flush();
              setSharing(true);
            }}
          >
            Prepare the share packet
          </Button>
          <span className="conv-muted">You’ll see exactly what will travel before anything is sealed.</span>
        </div>
      </Card>

      <Card title="I-statements" hint={<p>Say what happened for you, not what’s wrong with them: “I felt … when … because I need …”.</p>}>
        <IStatements items={prep.iStatements} onChange={(iStatements) => update({ iStatements })} />
      </Card>

      <Card title="What I appreciate" hint={<p>Small things count: a kind word, a cup of tea, showing up today.</p>}>
        <Field label="What I appreciate about us lately">
          {({ inputId, describedBy }) => (
            <TextArea
              id={inputId}
              aria-describedby={describedBy}
              maxLength={4000}
              value={prep.appreciations}
              onChange={(e) => update({ appreciations: e.target.value })}
            />
          )}
        </Field>
      </Card>

      <Card title="What I need">
        <Field label="What I’d like to ask for" hint="As a request they can say yes to, e.g. “a text if you’ll be late”.">
          {({ inputId, describedBy }) => (
            <TextArea
              id={inputId}
              aria-describedby={describedBy}
              maxLength={4000}
              value={prep.needs}
              onChange={(e) => update({ needs: e.target.value })}
            />
          )}
        </Field>
      </Card>

      {agenda.openAgreements.length > 0 ? (
        <Card title="Open agreements from before" hint={<p>They come back each time until you’ve both looked at them.</p>}>
          <OpenAgreements items={agenda.openAgreements} names={names} />
        </Card>
      ) : null}

      <Card title="Am I ready?">
        <ReadinessCheck
          readiness={prep.readiness}
          onChange={(readiness) => update({ readiness })}
          reschedule={
            series && conversation.status === 'planned' ? (
              <Reschedule conversation={conversation} series={series} prep={cleaned(prep)} onDone={(flash) => home(flash)} />
            ) : null
          }
        />
      </Card>

      <footer className="conv-page__footer">
        <SaveLine state={autosave.state} />
        <div className="button-row">
          <Button onClick={() => void saveNow()}>Save</Button>
          {conversation.status === 'planned' || conversation.status === 'in-progress' || conversation.status === 'paused' ? (
            // Still offered after "not yet" (feelings change), just no longer the obvious next step.
            <Button variant={prep.readiness.calmEnough === false ? 'secondary' : 'primary'} onClick={() => void begin()}>
              {conversation.status === 'planned' ? 'We’re together — begin' : 'Back to the conversation'}
            </Button>
          ) : null}
        </div>
      </footer>
    </div>
  );
}
