import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createParagraphNode, $createTextNode, $getRoot, $createLineBreakNode, $createTabNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EditorStateJson, emptyEditorState, plainTextOf, wordCount } from '../../../shared/domain/entry';
import { TEMPLATES } from '../../../shared/domain/templates';
import { MEND_TRANSFORMERS } from '../../../renderer/src/editor/markdown';
import {
  createHeadlessMendEditor,
  editorChangeOf,
  loadEditorState,
  serializeEditorState,
  wordCountOf,
} from '../../../renderer/src/editor/state';
import { templateToEditorState } from '../../../renderer/src/editor/templates';

describe('loadEditorState', () => {
  it('starts an empty entry from an empty string', () => {
    const loaded = loadEditorState('');
    expect(loaded).toEqual({ ok: true, stateJson: emptyEditorState() });
  });

  it('accepts the shared empty state and every template', () => {
    expect(loadEditorState(emptyEditorState()).ok).toBe(true);
    for (const t of TEMPLATES) expect(loadEditorState(templateToEditorState(t)).ok).toBe(true);
  });

  it('reports, rather than throws, states it cannot load', () => {
    for (const bad of ['{', 'null', '{"root":{"type":"root","children":[{"type":"no-such-node","version":1}]}}', '{"nope":1}']) {
      const loaded = loadEditorState(bad);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.error).toBeInstanceOf(Error);
    }
  });
});

describe('editorChangeOf', () => {
  function stateOf(markdown: string) {
    const editor = createHeadlessMendEditor();
    editor.update(() => $convertFromMarkdownString(markdown, MEND_TRANSFORMERS), { discrete: true });
    return editor.getEditorState();
  }

  it('reports the state as Lexical serialises it, its plain text and its word count', () => {
    const state = stateOf('## Today\n\nIt was *hard*, but we **talked**.\n\n- one thing\n- another');
    const change = editorChangeOf(state);
    expect(change.stateJson).toBe(JSON.stringify(state.toJSON()));
    expect(change.stateJson).toBe(serializeEditorState(state));
    expect(EditorStateJson.safeParse(change.stateJson).success).toBe(true);
    expect(change.plainText).toBe(plainTextOf(change.stateJson));
    expect(change.plainText).toContain('It was hard, but we talked.');
    expect(change.words).toBe(wordCount(change.plainText));
    expect(change.words).toBe(10);
  });

  it('counts zero words in an empty entry', () => {
    const editor = createHeadlessMendEditor();
    editor.setEditorState(editor.parseEditorState(emptyEditorState()));
    expect(editorChangeOf(editor.getEditorState())).toMatchObject({ plainText: '', words: 0 });
    expect(wordCountOf(editor.getEditorState())).toBe(0);
  });
});

describe('wordCountOf (the live footer count)', () => {
  it('agrees with wordCount(plainTextOf(state)), which the rest of Mend uses', () => {
    const editor = createHeadlessMendEditor();
    const samples: string[] = [
      ...TEMPLATES.map((t) => templateToEditorState(t)),
      ...['## A\n\nb c', '> quoted words here\n\n1. one\n2. two three', 'don’t stop—keep going... well-being 42 times'].map((md) => {
        editor.update(() => $convertFromMarkdownString(md, MEND_TRANSFORMERS), { discrete: true });
        return serializeEditorState(editor.getEditorState());
      }),
    ];
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createParagraphNode().append(
              $createTextNode('line'),
              $createLineBreakNode(),
              $createTextNode('break'),
              $createTabNode(),
              $createTextNode('tab'),
            ),
            $createParagraphNode().append($createTextNode('end')),
          );
      },
      { discrete: true },
    );
    samples.push(serializeEditorState(editor.getEditorState()));

    for (const json of samples) {
      const state = editor.parseEditorState(json);
      expect(wordCountOf(state)).toBe(wordCount(plainTextOf(json)));
    }
  });
});
