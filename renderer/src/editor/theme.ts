import type { EditorThemeClasses } from 'lexical';

/**
 * The one theme map for Mend's editor: Lexical puts these class names on the nodes it renders.
 * editor.css styles them. Keep every name under the `mend-editor__` prefix.
 */
export const mendEditorTheme: EditorThemeClasses = {
  root: 'mend-editor__root',
  paragraph: 'mend-editor__paragraph',
  heading: {
    h1: 'mend-editor__h1',
    h2: 'mend-editor__h2',
    h3: 'mend-editor__h3',
    h4: 'mend-editor__h3',
    h5: 'mend-editor__h3',
    h6: 'mend-editor__h3',
  },
  quote: 'mend-editor__quote',
  list: {
    ul: 'mend-editor__ul',
    ol: 'mend-editor__ol',
    listitem: 'mend-editor__listitem',
    nested: {
      list: 'mend-editor__nested-list',
      listitem: 'mend-editor__nested-listitem',
    },
  },
  link: 'mend-editor__link',
  ltr: 'mend-editor__ltr',
  rtl: 'mend-editor__rtl',
  indent: 'mend-editor__indent',
  text: {
    bold: 'mend-editor__text-bold',
    italic: 'mend-editor__text-italic',
    underline: 'mend-editor__text-underline',
    strikethrough: 'mend-editor__text-strikethrough',
    underlineStrikethrough: 'mend-editor__text-underline-strikethrough',
    code: 'mend-editor__text-code',
    subscript: 'mend-editor__text-subscript',
    superscript: 'mend-editor__text-superscript',
    highlight: 'mend-editor__text-highlight',
  },
};
