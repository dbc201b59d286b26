import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent } from 'react';
import { wordCountOf } from '../state';

/** Reports the word count once on mount and again after every change to the text. */
export function WordCountPlugin({ onChange }: { onChange(words: number): void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onChange);

  useEffect(() => {
    report(wordCountOf(editor.getEditorState()));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      report(wordCountOf(editorState));
    });
  }, [editor]);

  return null;
}
