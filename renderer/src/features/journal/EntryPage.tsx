import { useEffect, useState } from 'react';
import { emptyEditorState, type Entry } from '../../../../shared/domain/entry';
import { TEMPLATES } from '../../../../shared/domain/templates';
import { templateToEditorState } from '../../editor/templates';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { todayIso } from './dates';
import type { DraftValues } from './entrySaver';
import { EntryEditor } from './EntryEditor';
import type { NewEntryChoice } from './TemplateChooser';
import { useLockedCatchUp } from './useLockedCatchUp';

export type EntryTarget = { type: 'new'; choice: NewEntryChoice } | { type: 'existing'; id: string };

interface EntryPageProps {
  target: EntryTarget;
  tagSuggestions: readonly string[];
  onSaved(entry: Entry): void;
  onBack(): void;
  onTrash(id: string): void;
  onOpenExternal(url: string): void;
  /** The editor hands its "save before leaving" check to the section, which runs it on any navigation. */
  registerLeaveGuard(guard: (() => Promise<boolean>) | null): void;
}

function newDraft(choice: NewEntryChoice): DraftValues {
  const template = choice.templateId ? TEMPLATES.find((t) => t.id === choice.templateId) : undefined;
  return {
    kind: choice.kind,
    title: '',
    body: template ? templateToEditorState(template) : emptyEditorState(),
    mood: null,
    intensity: null,
    emotions: [],
    tags: [],
    happenedOn: todayIso(),
  };
}

function draftOf(e: Entry): DraftValues {
  return {
    kind: e.kind,
    title: e.title,
    body: e.body,
    mood: e.mood,
    intensity: e.intensity,
    emotions: e.emotions,
    tags: e.tags,
    happenedOn: e.happenedOn,
  };
}

type Loaded = { status: 'loading' } | { status: 'ready'; entry: Entry } | { status: 'failed'; message: string };

/** Opens an entry (or starts a new one) and hands it to the editor once its text is here. */
export function EntryPage({ target, ...rest }: EntryPageProps) {
  if (target.type === 'new') return <NewEntry choice={target.choice} {...rest} />;
  return <ExistingEntry id={target.id} {...rest} />;
}

function NewEntry({ choice, ...rest }: Omit<EntryPageProps, 'target'> & { choice: NewEntryChoice }) {
  // Built once: "today" and the template's text must not change under the person's feet.
  const [initial] = useState(() => newDraft(choice));
  return <EntryEditor initial={initial} existing={null} {...rest} />;
}

function ExistingEntry({ id, onBack, registerLeaveGuard, ...rest }: Omit<EntryPageProps, 'target'> & { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const catchUp = useLockedCatchUp();

  useEffect(() => {
    let live = true;
    api.entries.get({ id }).then(
      (entry) => live && setLoaded({ status: 'ready', entry }),
      (e: unknown) => {
        if (!live) return;
        catchUp(e);
        setLoaded({ status: 'failed', message: messageOf(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, catchUp]);

  if (loaded.status === 'ready')
    return (
      <EntryEditor
        initial={draftOf(loaded.entry)}
        existing={loaded.entry}
        onBack={onBack}
        registerLeaveGuard={registerLeaveGuard}
        {...rest}
      />
    );

  return (
    <div className="entry-page">
      <div className="entry-page__bar">
        <Button variant="quiet" onClick={onBack}>
          <ArrowLeftIcon size={18} />
          All entries
        </Button>
      </div>
      {loaded.status === 'loading' ? (
        <p className="entry-page__loading" role="status">
          Opening your entry…
        </p>
      ) : (
        <Notice tone="caution" role="alert">
          <p>{loaded.message}</p>
        </Notice>
      )}
    </div>
  );
}
