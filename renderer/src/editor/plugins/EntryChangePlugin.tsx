import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import type { EditorState } from 'lexical';
import { useCallback, type JSX } from 'react';
import { editorChangeOf, type EditorChange } from '../state';

/**
 * Lexical's OnChangePlugin, wired to report `{ stateJson, plainText, words }` after each change to
 * the text. Selection-only updates (moving the caret) are ignored, as are the history-merge
 * updates that load the initial state, so opening an entry never looks like an edit.
 */
export function EntryChangePlugin({ onChange }: { onChange(change: EditorChange): void }): JSX.Element {
  const handle = useCallback((editorState: EditorState) => onChange(editorChangeOf(editorState)), [onChange]);
  return <OnChangePlugin ignoreSelectionChange onChange={handle} />;
}
