/**
 * "You always…" and "You never…" are heard as verdicts, and a verdict starts a defence rather
 * than a conversation. We look for them at the start of any sentence, to suggest (never to block)
 * an I-statement instead.
 */
const ABSOLUTE_START = /(?:^|[.!?…]\s+|\n\s*)(?:you\s+(?:always|never)|you(?:'|’)re\s+(?:always|never)|you\s+are\s+(?:always|never))\b/i;

export function soundsLikeAnAbsolute(text: string): boolean {
  return ABSOLUTE_START.test(text.trim());
}

export const ABSOLUTE_NUDGE =
  'Sentences that start with ‘you always’ or ‘you never’ can feel like an attack. Try ‘I felt … when … because I need …’';
