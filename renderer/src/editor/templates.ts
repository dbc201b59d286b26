import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { EntryTemplate } from '../../../shared/domain/templates';
import { buildEditorState } from './state';

/**
 * A template as an editable entry: for each section an h2 with its heading, then a paragraph
 * holding the gentle prompt in italics, which the person writes over. Everything stays editable;
 * the result is a serialized Lexical state, exactly as the editor itself would write it.
 */
export function templateToEditorState(template: EntryTemplate): string {
  return buildEditorState(() => {
    const root = $getRoot();
    for (const section of template.sections) {
      const heading = $createHeadingNode('h2').append($createTextNode(section.heading));
      const prompt = $createParagraphNode().append($createTextNode(section.prompt).setFormat('italic'));
      root.append(heading, prompt);
    }
    if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  });
}
