import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EditorStateJson, plainTextOf, wordCount } from '../../../shared/domain/entry';
import { TEMPLATES } from '../../../shared/domain/templates';
import { MEND_EDITOR_NODES } from '../../../renderer/src/editor/nodes';
import { buildEditorState } from '../../../renderer/src/editor/state';
import { templateToEditorState } from '../../../renderer/src/editor/templates';

function editor(): LexicalEditor {
  return createEditor({
    nodes: [...MEND_EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

describe('templateToEditorState', () => {
  for (const template of TEMPLATES) {
    describe(template.id, () => {
      const json = templateToEditorState(template);

      it('is accepted by EditorStateJson', () => {
        expect(EditorStateJson.safeParse(json).success).toBe(true);
      });

      it('parses in an editor with Mend’s nodes and survives a round trip unchanged', () => {
        const e = editor();
        const state = e.parseEditorState(json);
        e.setEditorState(state);
        expect(JSON.stringify(e.getEditorState().toJSON())).toBe(json);
      });

      it('has an h2 per section, each followed by its prompt in italics', () => {
        const e = editor();
        const blocks = e.parseEditorState(json).read(() =>
          $getRoot()
            .getChildren()
            .map((n) => ({ type: n.getType(), text: n.getTextContent() })),
        );
        expect(blocks).toEqual(
          template.sections.flatMap((s) => [
            { type: 'heading', text: s.heading },
            { type: 'paragraph', text: s.prompt },
          ]),
        );
        const root = (JSON.parse(json) as { root: { children: { tag?: string; children: { format: number }[] }[] } }).root;
        root.children.forEach((block, i) => {
          if (i % 2 === 0) expect(block.tag).toBe('h2');
          else expect(block.children[0]?.format).toBe(2); // IS_ITALIC
        });
      });

      it('has plain text containing every heading and prompt', () => {
        const text = plainTextOf(json);
        for (const s of template.sections) {
          expect(text).toContain(s.heading);
          expect(text).toContain(s.prompt);
        }
        expect(wordCount(text)).toBeGreaterThan(0);
      });
    });
  }

  it('gives an empty paragraph for a template without sections', () => {
    const json = templateToEditorState({ id: 'x', name: 'x', kind: 'feeling', description: '', sections: [] });
    expect(EditorStateJson.safeParse(json).success).toBe(true);
    expect(plainTextOf(json)).toBe('');
  });

  it('builds fresh states: a second build does not carry the first one over', () => {
    const [a, b] = [TEMPLATES[0]!, TEMPLATES[1]!];
    templateToEditorState(a);
    const json = templateToEditorState(b);
    expect(plainTextOf(json)).not.toContain(a.sections[0]!.heading);
    expect(JSON.parse(buildEditorState(() => undefined))).toMatchObject({ root: { type: 'root', children: [] } });
  });
});
