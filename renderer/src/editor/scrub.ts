import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';

/**
 * Lexical keeps two things at module level that outlive the editors that made them, and so would
 * keep an entry's decrypted text in memory after Mend locks (found by tests/e2e/privacy.spec.ts):
 *
 * 1. The list of root-element event handlers is built once, by the first editor that mounts, and
 *    cached for the page's life. In the bundled build those handlers are closures whose scope
 *    holds that first editor, and with it its last editor state: the first entry opened.
 * 2. The reconciler's running "text content of this subtree" string keeps the whole text of the
 *    last editor that rendered, until some editor renders again.
 *
 * A decoy editor that never sees private text fixes both: `primeLexical` mounts it first, so the
 * cached handlers hold the decoy; `scrubLexical` renders it empty, so the reconciler's string is
 * empty again. Neither touches the DOM the person sees (the decoy's root is a detached element).
 */
let decoy: LexicalEditor | null = null;

function renderDecoy(): void {
  decoy ??= createEditor({
    namespace: 'mend-decoy',
    onError: () => {
      // Nothing private passes through the decoy; a failure here only means a scrub was skipped.
    },
  });
  decoy.setRootElement(document.createElement('div'));
  decoy.update(
    () => {
      $getRoot().clear().append($createParagraphNode());
    },
    { discrete: true },
  );
  decoy.setRootElement(null);
}

/** Before any editor mounts (at startup): the decoy becomes the editor Lexical's cached handlers remember. */
export function primeLexical(): void {
  renderDecoy();
}

/** After the unlocked screens are gone (on lock): Lexical's last rendered text becomes empty. */
export function scrubLexical(): void {
  renderDecoy();
}
