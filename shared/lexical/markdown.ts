import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';

/**
 * The Markdown shortcuts Mend understands while typing: "## " heading, "> " quote, "- " / "1. "
 * lists, **bold**, *italic* (and the underscore forms). No code blocks, images, tables or links:
 * a journal does not need them, and links only come in through the toolbar, where they are checked.
 *
 * Order matters for the inline formats: the longer markers (*** then **) must come before *.
 */
export const MEND_TRANSFORMERS: Transformer[] = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];
