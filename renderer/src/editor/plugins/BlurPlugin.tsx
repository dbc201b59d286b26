import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useEffectEvent } from 'react';

/** Calls `onBlur()` whenever the writing surface loses focus (to the toolbar, a dialog, another window). */
export function BlurPlugin({ onBlur }: { onBlur(): void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onBlur);

  useEffect(
    () =>
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          report();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}
