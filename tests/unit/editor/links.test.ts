import { $createLinkNode, $isLinkNode, LinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, normalizeLinkInput, registerSafeLinks } from '../../../renderer/src/editor/links';
import { createHeadlessMendEditor } from '../../../renderer/src/editor/state';

describe('isSafeLinkUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/a?b=c#d',
    'https://例え.jp/パス',
    'mailto:sam@example.com',
    'mailto:sam@example.com?subject=Hi',
  ])('accepts %s', (url) => expect(isSafeLinkUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\u0000script:alert(1)',
    ' https://example.com',
    'https://exa mple.com',
    'https://example.com/\n',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'tel:+15555550100',
    'sms:+15555550100',
    'mend://vault',
    'about:blank',
    'blob:https://example.com/uuid',
    '/relative/path',
    '#anchor',
    'example.com',
    'https://user:pass@example.com',
    'https://',
    'mailto:',
    'mailto:not-an-address',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('rejects %j', (url) => expect(isSafeLinkUrl(url)).toBe(false));
});

describe('normalizeLinkInput', () => {
  it('adds https:// to a bare address and mailto: to an email address', () => {
    expect(normalizeLinkInput(' example.com/page ')).toBe('https://example.com/page');
    expect(normalizeLinkInput('sam@example.com')).toBe('mailto:sam@example.com');
    expect(normalizeLinkInput('//example.com')).toBe('https://example.com');
    expect(normalizeLinkInput('http://example.com')).toBe('http://example.com');
  });

  it('refuses what Mend would never open', () => {
    for (const bad of ['', '   ', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'not a url']) {
      expect(normalizeLinkInput(bad)).toBeNull();
    }
  });
});

describe('registerSafeLinks', () => {
  function linksAfterInserting(url: string): string[] {
    const editor = createHeadlessMendEditor();
    registerSafeLinks(editor);
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('see '), $createLinkNode(url).append($createTextNode('this'))));
      },
      { discrete: true },
    );
    return editor.getEditorState().read(() => {
      const text = $getRoot().getTextContent();
      expect(text).toBe('see this'); // the words always stay
      return $getRoot()
        .getAllTextNodes()
        .map((t) => t.getParent())
        .filter((p): p is LinkNode => $isLinkNode(p))
        .map((l) => l.getURL());
    });
  }

  it('keeps web and email links', () => {
    expect(linksAfterInserting('https://example.com')).toEqual(['https://example.com']);
    expect(linksAfterInserting('mailto:sam@example.com')).toEqual(['mailto:sam@example.com']);
  });

  it('unwraps anything else to plain text', () => {
    expect(linksAfterInserting('javascript:alert(1)')).toEqual([]);
    expect(linksAfterInserting('file:///etc/passwd')).toEqual([]);
    expect(linksAfterInserting('/relative')).toEqual([]);
  });
});
