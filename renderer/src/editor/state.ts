import { $getRoot, createEditor, type EditorState, type LexicalEditor } from 'lexical';
import { emptyEditorState, plainTextOf, wordCount } from '../../../shared/domain/entry';
import { MEND_EDITOR_NAMESPACE, MEND_EDITOR_NODES } from './nodes';

/**
 * What the editor reports after every change to the text (never for a selection-only update):
 * the state exactly as Lexical serialises it, its plain text (as shared/domain/entry's
 * plainTextOf computes it for search and excerpts) and the word count of that text.
 */
export interface EditorChange {
  stateJson: string;
  plainText: string;
  words: number;
}

/** The serialized form Mend stores: `JSON.stringify(editorState.toJSON())`. */
export function serializeEditorState(editorState: EditorState): string {
  return JSON.stringify(editorState.toJSON());
}

export function editorChangeOf(editorState: EditorState): EditorChange {
  // Lazy and memoised: serialising a 5,000-word entry on every keystroke would cost frames; the
  // autosave reads stateJson only when it is about to save.
  let stateJson: string | undefined;
  let plainText: string | undefined;
  return {
    get stateJson() {
      return (stateJson ??= serializeEditorState(editorState));
    },
    get plainText() {
      return (plainText ??= plainTextOf(this.stateJson));
    },
    get words() {
      return wordCount(this.plainText);
    },
  };
}

/** Words in the state, without serialising it: cheap enough for every keystroke. */
export function wordCountOf(editorState: EditorState): number {
  return wordCount(editorState.read(() => $getRoot().getTextContent()));
}

/** A Lexical editor with Mend's nodes and no DOM, for building and checking states. */
export function createHeadlessMendEditor(): LexicalEditor {
  return createEditor({
    namespace: MEND_EDITOR_NAMESPACE,
    nodes: [...MEND_EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

let builder: LexicalEditor | null = null;

/**
 * Builds a state in a DOM-less editor and returns it exactly as Lexical serialises it, so it
 * parses in the real editor. The builder is reused; each build starts from an empty root.
 */
export function buildEditorState(build: () => void): string {
  builder ??= createHeadlessMendEditor();
  builder.update(
    () => {
      $getRoot().clear();
      build();
    },
    { discrete: true },
  );
  return serializeEditorState(builder.getEditorState());
}

export type LoadedState = { ok: true; stateJson: string } | { ok: false; error: Error };

/**
 * Checks that a stored state will load before the editor is given it: '' means a new, empty
 * entry; anything Lexical cannot parse (unknown node type, damaged JSON) is reported rather than
 * thrown, so the caller can refuse to edit instead of replacing the entry with an empty one.
 */
export function loadEditorState(stateJson: string): LoadedState {
  const json = stateJson.trim() === '' ? emptyEditorState() : stateJson;
  try {
    createHeadlessMendEditor().parseEditorState(json);
    return { ok: true, stateJson: json };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
