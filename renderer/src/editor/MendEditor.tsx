import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type JSX, type Ref } from 'react';
import { MEND_TRANSFORMERS } from './markdown';
import { MEND_EDITOR_NAMESPACE, MEND_EDITOR_NODES } from './nodes';
import { BlurPlugin } from './plugins/BlurPlugin';
import { EditableSyncPlugin } from './plugins/EditableSyncPlugin';
import { EntryChangePlugin } from './plugins/EntryChangePlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { SafeLinkPlugin } from './plugins/SafeLinkPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { PromptPlugin } from './plugins/PromptPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { loadEditorState, serializeEditorState, type EditorChange } from './state';
import { mendEditorTheme } from './theme';
import './editor.css';

export type { EditorChange } from './state';

/** What the parent can do imperatively, through `ref`. */
export interface MendEditorHandle {
  /**
   * The current state, serialized, including any update still pending: for autosave to flush
   * synchronously on lock or quit. If the entry could not be loaded, this is `initialState`
   * unchanged, so a flush never overwrites an entry the editor could not read.
   */
  getStateJson(): string;
  /** Moves focus into the text (at the end, if there was no caret yet). */
  focus(): void;
}

export interface MendEditorProps {
  /**
   * The serialized Lexical state to start from; '' starts an empty entry. Read once, on mount:
   * give the editor a `key` (the entry id) to load a different entry.
   */
  initialState: string;
  /** After each change to the text; never for caret moves or for loading the initial state. */
  onChange(change: EditorChange): void;
  /** When the writing surface loses focus. */
  onBlur(): void;
  /** Only after the person confirmed "Open in browser"; only http, https and mailto URLs. */
  onOpenExternal(url: string): void;
  /** The accessible name of the text area, e.g. "Entry text". */
  ariaLabel: string;
  /** Shown (and exposed as aria-placeholder) while the entry is empty and editable. */
  placeholder: string;
  /** For reading a partner's shared entry: no toolbar, no editing, links still ask first. */
  readOnly?: boolean;
  autoFocus?: boolean;
  /** Called instead of rendering the editor when `initialState` cannot be loaded. */
  onLoadError?(error: Error): void;
  ref?: Ref<MendEditorHandle>;
}

function onLexicalError(error: Error): void {
  // Only the message: never the entry's text, which a stack or node dump could carry.
  console.error(`Mend editor: ${error.name}: ${error.message}`);
}

function formatWords(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}

/**
 * Mend's journal editor: a calm rich-text surface (headings, quotes, lists, bold, italic,
 * underline, links) built on Lexical. Spellcheck is off, links are never loaded in the app, and
 * every change is reported as `{ stateJson, plainText, words }`.
 */
export function MendEditor({
  initialState,
  onChange,
  onBlur,
  onOpenExternal,
  ariaLabel,
  placeholder,
  readOnly = false,
  autoFocus = false,
  onLoadError,
  ref,
}: MendEditorProps): JSX.Element {
  const [loaded] = useState(() => loadEditorState(initialState));
  const [initialConfig] = useState<InitialConfigType | null>(() =>
    loaded.ok
      ? {
          namespace: MEND_EDITOR_NAMESPACE,
          nodes: MEND_EDITOR_NODES,
          theme: mendEditorTheme,
          editable: !readOnly,
          editorState: loaded.stateJson,
          onError: onLexicalError,
        }
      : null,
  );
  const editorRef = useRef<LexicalEditor | null>(null);
  const [words, setWords] = useState(0);

  useImperativeHandle(
    ref,
    () => ({
      getStateJson: () => {
        const editor = editorRef.current;
        if (!loaded.ok) return initialState;
        if (editor === null) return loaded.stateJson;
        editor.read(() => undefined); // flushes any pending update first
        return serializeEditorState(editor.getEditorState());
      },
      focus: () => {
        const editor = editorRef.current;
        if (editor === null) return;
        if (editor.isEditable()) editor.focus(undefined, { defaultSelection: 'rootEnd' });
        else editor.getRootElement()?.focus();
      },
    }),
    [loaded, initialState],
  );

  const reportLoadError = useEffectEvent((error: Error) => onLoadError?.(error));
  useEffect(() => {
    // Once: the state is only ever read on mount.
    if (!loaded.ok) reportLoadError(loaded.error);
  }, [loaded]);

  // A read-only (partner's) entry has no "write here" prompt, visible or announced.
  const placeholderProps =
    readOnly || placeholder === ''
      ? {}
      : { 'aria-placeholder': placeholder, placeholder: <div className="mend-editor__placeholder">{placeholder}</div> };

  if (!loaded.ok || initialConfig === null) {
    return (
      <div className="mend-editor mend-editor--unavailable" role="alert">
        <p className="mend-editor__notice">
          Mend couldn’t open this entry’s text in the editor. Nothing has been changed, and nothing will be saved over it.
        </p>
      </div>
    );
  }

  return (
    <div className="mend-editor" data-readonly={readOnly || undefined}>
      <LexicalComposer initialConfig={initialConfig}>
        {!readOnly && <ToolbarPlugin />}
        <div className="mend-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="mend-editor__content"
                aria-label={ariaLabel}
                aria-multiline
                role="textbox"
                // Private text never goes to a spellchecker or its dictionaries.
                spellCheck={false}
                autoCorrect="off"
                {...{ writingsuggestions: 'false' }}
                {...placeholderProps}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <div className="mend-editor__footer">
          <span className="mend-editor__count" aria-live="off">
            {formatWords(words)}
          </span>
        </div>

        <EditorRefPlugin editorRef={editorRef} />
        <EditableSyncPlugin editable={!readOnly} />
        <HistoryPlugin />
        <ListPlugin />
        <SafeLinkPlugin />
        <LinkClickPlugin onOpenExternal={onOpenExternal} />
        <MarkdownShortcutPlugin transformers={MEND_TRANSFORMERS} />
        <EntryChangePlugin onChange={onChange} />
        <WordCountPlugin onChange={setWords} />
        <BlurPlugin onBlur={onBlur} />
        {!readOnly && <PromptPlugin />}
        {autoFocus && !readOnly && <AutoFocusPlugin defaultSelection="rootEnd" />}
      </LexicalComposer>
    </div>
  );
}
