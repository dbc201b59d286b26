import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import { createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';
import { isSafeLinkUrl } from '../../../shared/domain/links';

export { isSafeLinkUrl };

/**
 * What a person typed into the link field, made into a URL: "example.com" becomes
 * "https://example.com", "sam@example.com" becomes "mailto:sam@example.com". Returns null when
 * the result is not a link Mend accepts (see isSafeLinkUrl).
 */
export function normalizeLinkInput(input: string): string | null {
  const s = input.trim();
  if (s === '') return null;
  let url: string;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) url = s;
  else if (/^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(s)) url = `mailto:${s}`;
  else if (s.startsWith('//')) url = `https:${s}`;
  else url = `https://${s}`;
  return isSafeLinkUrl(url) ? url : null;
}

/**
 * Ask to open a link outside Mend. Handled by LinkClickPlugin, which always asks the person
 * first; dispatched by a click on a link and by the toolbar's "Open link" button.
 */
export const REQUEST_OPEN_LINK_COMMAND: LexicalCommand<string> = createCommand('MEND_REQUEST_OPEN_LINK');

/**
 * Unwraps, to plain text, any link whose address Mend would not open: links only come in
 * through the toolbar or a URL paste (both checked), but pasted HTML can carry any href.
 */
export function registerSafeLinks(editor: LexicalEditor): () => void {
  const $unwrapUnsafe = (node: LinkNode): void => {
    if (!isSafeLinkUrl(node.getURL())) $unwrapNode(node);
  };
  return mergeRegister(editor.registerNodeTransform(LinkNode, $unwrapUnsafe), editor.registerNodeTransform(AutoLinkNode, $unwrapUnsafe));
}
