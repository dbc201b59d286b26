import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, type JSX } from 'react';
import { isSafeLinkUrl, registerSafeLinks } from '../links';

/**
 * Lexical's LinkPlugin (TOGGLE_LINK_COMMAND, and pasting a URL over selected text) accepting only
 * http, https and mailto addresses. Links that arrive any other way, such as pasted HTML with a
 * javascript:, file: or relative href, are unwrapped to plain text as soon as they appear.
 */
export function SafeLinkPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSafeLinks(editor), [editor]);
  return <LinkPlugin validateUrl={isSafeLinkUrl} />;
}
