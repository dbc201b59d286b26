import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { $getRoot, createEditor, IS_BOLD, IS_ITALIC, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EditorStateJson, plainTextOf } from '../../../shared/domain/entry';
import { MEND_TRANSFORMERS } from '../../../renderer/src/editor/markdown';
import { MEND_EDITOR_NODES } from '../../../renderer/src/editor/nodes';

interface Block {
  type: string;
  tag?: string;
  listType?: string;
  children?: { type: string; text?: string; format?: number; children?: unknown[] }[];
}

function fromMarkdown(markdown: string): { editor: LexicalEditor; blocks: Block[]; json: string } {
  const editor = createEditor({
    nodes: [...MEND_EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, MEND_TRANSFORMERS), { discrete: true });
  const json = JSON.stringify(editor.getEditorState().toJSON());
  return { editor, json, blocks: (JSON.parse(json) as { root: { children: Block[] } }).root.children };
}

describe('Mend’s markdown transformers', () => {
  it('turn "## Title" into an h2 and "### Sub" into an h3', () => {
    const { blocks } = fromMarkdown('## Title\n\n### Sub');
    expect(blocks.map((b) => [b.type, b.tag])).toEqual([
      ['heading', 'h2'],
      ['heading', 'h3'],
    ]);
    expect(blocks[0]?.children?.[0]?.text).toBe('Title');
  });

  it('turn **x** into bold text and *y* into italics', () => {
    const { blocks } = fromMarkdown('a **x** and *y*');
    const texts = blocks[0]?.children ?? [];
    const x = texts.find((t) => t.text === 'x');
    const y = texts.find((t) => t.text === 'y');
    expect(x?.format).toBe(IS_BOLD);
    expect(y?.format).toBe(IS_ITALIC);
  });

  it('turn > into a quote and - / 1. into lists', () => {
    const { blocks } = fromMarkdown('> held\n\n- one\n- two\n\n1. first\n2. second');
    expect(blocks.map((b) => b.type)).toEqual(['quote', 'list', 'list']);
    expect(blocks[1]?.listType).toBe('bullet');
    expect(blocks[2]?.listType).toBe('number');
    expect(blocks[1]?.children).toHaveLength(2);
  });

  it('leave code fences, images and links as plain text', () => {
    const { blocks, editor } = fromMarkdown('```\ncode\n```\n\n![alt](http://x/y.png) [a](http://example.com)');
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toContain('```');
    expect(text).toContain('[a](http://example.com)');
  });

  it('produce states Mend accepts and can read back', () => {
    const { json, editor } = fromMarkdown('## What happened\n\nIt was **hard**.\n\n- a\n- b');
    expect(EditorStateJson.safeParse(json).success).toBe(true);
    expect(plainTextOf(json)).toContain('What happened');
    expect(plainTextOf(json)).toContain('It was hard.');
    expect(editor.getEditorState().read(() => $convertToMarkdownString(MEND_TRANSFORMERS))).toContain('## What happened');
  });
});
