import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/**
 * Every node type a Mend entry may contain, beyond Lexical's built-in root, paragraph, text,
 * line break and tab. The same list is used by the editor, the template builder and the tests,
 * so a state written by one always parses in the others.
 *
 * AutoLinkNode is registered (though no AutoLinkPlugin runs) so that states containing one,
 * e.g. pasted from another Lexical editor, still parse instead of failing the whole entry.
 */
export const MEND_EDITOR_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode];

/** The Lexical namespace; part of clipboard data, so pasting between Mend editors keeps formatting. */
export const MEND_EDITOR_NAMESPACE = 'mend-entry';
