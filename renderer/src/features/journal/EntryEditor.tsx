import { useEffect, useId, useRef, useState } from 'react';
import { KIND_LABELS, plainTextOf, type Entry } from '../../../../shared/domain/entry';
import { MendEditor, type MendEditorHandle } from '../../editor/MendEditor';
import type { EditorChange } from '../../editor/state';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/Icons';
import { stamp } from './dates';
import { EmotionsField } from './EmotionsField';
import type { DraftValues, EntrySaver } from './entrySaver';
import { HappenedOnField } from './HappenedOnField';
import { ShareIcon, TrashIcon } from './icons';
import { ShareEntryDialog } from './ShareEntryDialog';
import { IntensitySlider } from './IntensitySlider';
import { KindSelect } from './KindSelect';
import { MoodPicker } from './MoodPicker';
import { SaveStatus } from './SaveStatus';
import { TagsInput } from './TagsInput';
import { useEntrySaver } from './useEntrySaver';

interface EntryEditorProps {
  initial: DraftValues;
  /** The entry as last saved, or null for a new one. */
  existing: Entry | null;
  tagSuggestions: readonly string[];
  onSaved(entry: Entry): void;
  /** Leaves the page; the section first runs the leave guard registered below, so words are saved. */
  onBack(): void;
  /** Moves the saved entry to the Trash (the parent offers Undo). */
  onTrash(id: string): void;
  onOpenExternal(url: string): void;
  registerLeaveGuard(guard: (() => Promise<boolean>) | null): void;
}

type Stamps = { createdAt: number; updatedAt: number } | null;

const BODY_SYNC_MS = 250;

/** The editor sends its last keystroke through onChange; this catches one still in flight at lock time. */
function syncFromEditor(editor: MendEditorHandle | null, saver: EntrySaver): void {
  if (!editor) return;
  const json = editor.getStateJson();
  if (json !== saver.current.body && plainTextOf(json) !== plainTextOf(saver.current.body)) saver.edit({ body: json });
}

/** Writing and rereading an entry: title, text, and how it felt, all saved as you go. */
export function EntryEditor({
  initial,
  existing,
  tagSuggestions,
  onSaved,
  onBack,
  onTrash,
  onOpenExternal,
  registerLeaveGuard,
}: EntryEditorProps) {
  const editorRef = useRef<MendEditorHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const detailsId = useId();
  const [values, setValues] = useState<Omit<DraftValues, 'body'>>(() => {
    const { body: _body, ...rest } = initial;
    return rest;
  });
  const [stamps, setStamps] = useState<Stamps>(existing ? { createdAt: existing.createdAt, updatedAt: existing.updatedAt } : null);
  const [leaving, setLeaving] = useState(false);
  const [sharing, setSharing] = useState(false);
  // Keystrokes only note that the text changed; it is serialised at most every BODY_SYNC_MS (and
  // on every flush), so typing in a long entry never pays for a full serialisation per key.
  const pendingChange = useRef<EditorChange | null>(null);
  const bodyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  function bodyChanged(change: EditorChange): void {
    pendingChange.current = change;
    if (bodyTimer.current) return;
    bodyTimer.current = setTimeout(() => {
      bodyTimer.current = null;
      applyPendingBody(saver);
    }, BODY_SYNC_MS);
  }
  // Hands the saver the newest text noted by a keystroke. Runs before every flush, because when the
  // page unmounts (leaving for another section) the editor's ref is already gone, and only this
  // change, which holds its own immutable editor state, still knows the last words.
  function applyPendingBody(s: EntrySaver): void {
    const latest = pendingChange.current;
    pendingChange.current = null;
    if (latest) s.edit({ body: latest.stateJson });
  }
  useEffect(
    () => () => {
      // Only the timer goes; a pending change stays for the unmount flush to pick up.
      if (bodyTimer.current) clearTimeout(bodyTimer.current);
    },
    [],
  );

  const { saver, state, settled } = useEntrySaver({
    initial,
    existing: existing ? { id: existing.id, rev: existing.rev } : null,
    onSaved: (entry) => {
      setStamps({ createdAt: entry.createdAt, updatedAt: entry.updatedAt });
      onSaved(entry);
    },
    beforeFlush: (s) => {
      applyPendingBody(s);
      syncFromEditor(editorRef.current, s);
    },
  });

  useEffect(() => {
    // A new entry starts in the text (autoFocus); an opened one starts at its heading, for screen readers.
    if (existing) headingRef.current?.focus();
  }, [existing]);

  // Any way out of this page (back, a shortcut, opening another entry) saves first.
  useEffect(() => {
    registerLeaveGuard(async () => {
      syncFromEditor(editorRef.current, saver);
      await saver.flush();
      return !saver.hasUnsaved;
    });
    return () => registerLeaveGuard(null);
  }, [registerLeaveGuard, saver]);

  function set<K extends keyof Omit<DraftValues, 'body'>>(key: K, value: DraftValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    saver.edit({ [key]: value });
  }

  /** A saved entry goes to the Trash (with Undo); a new one that was never saved is simply left. */
  async function trashOrDiscard() {
    if (leaving) return;
    setLeaving(true);
    syncFromEditor(editorRef.current, saver);
    await saver.flush();
    setLeaving(false);
    // Still unsaved means the save failed: stay, with the words on screen and the reason shown.
    if (saver.hasUnsaved) return;
    const id = saver.entryId;
    if (id) onTrash(id);
    else onBack();
  }

  // Share the entry as it is now: save first, so the partner's snapshot has the last words.
  async function openShare(): Promise<void> {
    await saver.flush();
    if (!saver.hasUnsaved) setSharing(true);
  }

  const isNew = existing === null;
  const heading = isNew
    ? `New ${KIND_LABELS[values.kind].toLowerCase()} entry`
    : values.title.trim() || `${KIND_LABELS[values.kind]} entry`;

  return (
    <div className="entry-page">
      <div className="entry-page__bar">
        <Button variant="quiet" onClick={onBack} disabled={leaving}>
          <ArrowLeftIcon size={18} />
          All entries
        </Button>
        <SaveStatus state={state} settled={settled} isNew={isNew && saver.entryId === null} onRetry={() => void saver.flush()} />
        {saver.entryId !== null ? (
          <Button variant="quiet" disabled={leaving} onClick={() => void openShare()}>
            <ShareIcon size={18} />
            Share…
          </Button>
        ) : null}
        <Button variant="quiet" className="entry-page__trash" disabled={leaving} onClick={() => void trashOrDiscard()}>
          <TrashIcon size={18} />
          {isNew && saver.entryId === null ? 'Discard' : 'Move to Trash'}
        </Button>
      </div>

      {saver.entryId !== null ? <ShareEntryDialog entryId={saver.entryId} open={sharing} onOpenChange={setSharing} /> : null}

      <h2 className="visually-hidden" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>

      <div className="entry-page__meta">
        <KindSelect value={values.kind} onChange={(k) => set('kind', k)} />
        <HappenedOnField value={values.happenedOn} onChange={(d) => set('happenedOn', d)} />
      </div>

      <label className="visually-hidden" htmlFor={titleId}>
        Title (optional)
      </label>
      <input
        id={titleId}
        className="entry-title"
        type="text"
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        placeholder="Title (optional)"
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        onBlur={() => void saver.flush()}
        onKeyDown={(e) => {
          // Enter in the title moves on to the text, as in most writing apps.
          if (e.key === 'Enter') {
            e.preventDefault();
            editorRef.current?.focus();
          }
        }}
      />

      <MendEditor
        ref={editorRef}
        initialState={initial.body}
        onChange={(change) => bodyChanged(change)}
        onBlur={() => {
          syncFromEditor(editorRef.current, saver);
          void saver.flush();
        }}
        onOpenExternal={onOpenExternal}
        ariaLabel="Entry text"
        placeholder="Write as much or as little as you like."
        autoFocus={isNew}
      />

      <section className="entry-details" aria-labelledby={detailsId}>
        <h3 className="entry-details__heading" id={detailsId}>
          How it felt
        </h3>
        <div className="entry-details__grid">
          <MoodPicker value={values.mood} onChange={(m) => set('mood', m)} />
          <IntensitySlider value={values.intensity} onChange={(n) => set('intensity', n)} />
          <EmotionsField value={values.emotions} onChange={(e) => set('emotions', e)} />
          <TagsInput value={values.tags} onChange={(t) => set('tags', t)} suggestions={tagSuggestions} />
        </div>
      </section>

      {stamps ? (
        <p className="entry-page__stamps">
          Written {stamp(stamps.createdAt)}
          {stamps.updatedAt - stamps.createdAt > 60_000 ? ` · last changed ${stamp(stamps.updatedAt)}` : ''}
        </p>
      ) : null}
    </div>
  );
}
