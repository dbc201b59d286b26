import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  SELECTION_CHANGE_COMMAND,
  mergeRegister,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { TEMPLATES } from '../../../../shared/domain/templates';

/** Every prompt a template puts in an entry (in italics, for the person to write over). */
const PROMPTS = new Set(TEMPLATES.flatMap((t) => t.sections.map((s) => s.prompt)));

function $isUntouchedPrompt(node: LexicalNode): boolean {
  return $isTextNode(node) && node.hasFormat('italic') && PROMPTS.has(node.getTextContent());
}

function $firstNode(selection: RangeSelection): LexicalNode {
  return (selection.isBackward() ? selection.focus : selection.anchor).getNode();
}

/**
 * Writing over a template's prompt writes in the person's own plain voice, not in the prompt's
 * italics. Lexical gives typed text the format of the text it goes into (and, when replacing a
 * selection, of the first selected text), so with the caret in an untouched prompt, or the prompt
 * selected, typing goes into a new plain text node instead. Italic text the person formatted
 * themselves is left alone.
 */
export function PromptPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        // The caret in a prompt: what is typed next is plain (the toolbar shows it so).
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            const selection = $getSelection();
            if ($isRangeSelection(selection) && selection.hasFormat('italic') && $isUntouchedPrompt($firstNode(selection))) {
              selection.toggleFormat('italic');
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Typing over a selected prompt: remove it first, then insert plain text in its place.
        editor.registerCommand(
          CONTROLLED_TEXT_INSERTION_COMMAND,
          (payload) => {
            const selection = $getSelection();
            if (typeof payload !== 'string' || !$isRangeSelection(selection) || !$isUntouchedPrompt($firstNode(selection))) return false;
            if (!selection.isCollapsed()) selection.removeText();
            if (selection.hasFormat('italic')) selection.toggleFormat('italic');
            selection.insertText(payload);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );

  return null;
}
