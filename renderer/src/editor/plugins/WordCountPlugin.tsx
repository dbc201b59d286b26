import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent } from 'react';
import { wordCountOf } from '../state';

/**
 * How long typing must pause before the count is refreshed. Counting reads the whole text, which in
 * a long entry costs more than a keystroke's frame; nobody reads the count mid-word.
 */
const COUNT_AFTER_MS = 200;

/** Reports the word count once on mount and again shortly after the text stops changing. */
export function WordCountPlugin({ onChange }: { onChange(words: number): void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onChange);

  useEffect(() => {
    report(wordCountOf(editor.getEditorState()));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        report(wordCountOf(editor.getEditorState()));
      }, COUNT_AFTER_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  return null;
}
