import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { MEND_TRANSFORMERS } from '../../../shared/lexical/markdown';
import { MEND_EDITOR_NODES } from '../../../shared/lexical/nodes';

/**
 * Lexical without a DOM, for export (state → Markdown) and import (Markdown → state). Uses the
 * editor's own node list and Markdown transformers, so what comes in edits like anything typed.
 */
function editor() {
  return createHeadlessEditor({
    namespace: 'mend-entry',
    nodes: [...MEND_EDITOR_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

export function markdownToState(markdown: string): string {
  const ed = editor();
  ed.update(() => $convertFromMarkdownString(markdown.replace(/\r\n?/g, '\n'), MEND_TRANSFORMERS), { discrete: true });
  return JSON.stringify(ed.getEditorState().toJSON());
}

export function stateToMarkdown(stateJson: string): string {
  const ed = editor();
  ed.setEditorState(ed.parseEditorState(stateJson));
  let out = '';
  ed.getEditorState().read(() => {
    out = $convertToMarkdownString(MEND_TRANSFORMERS);
  });
  return out;
}
