import type { EntryKind } from './entry';

/**
 * Guided starting points from the repair method. Each is only a structure: headings with a
 * gentle prompt under each, all editable. The editor turns them into Lexical nodes.
 */
export interface EntryTemplate {
  id: string;
  name: string;
  kind: EntryKind;
  description: string;
  sections: readonly { heading: string; prompt: string }[];
}

export const TEMPLATES: readonly EntryTemplate[] = [
  {
    id: 'setback',
    name: 'A setback',
    kind: 'setback',
    description: 'When something hurt or an old wound opened again.',
    sections: [
      { heading: 'What happened', prompt: 'Just the facts, as a camera would have seen them.' },
      { heading: 'What I felt', prompt: 'Name the feelings, even the ones that don’t make sense yet.' },
      { heading: 'What I needed', prompt: 'Reassurance, space, honesty, closeness…' },
      { heading: 'What I’ll try next time', prompt: 'One small thing that might help.' },
    ],
  },
  {
    id: 'small-recovery',
    name: 'A small recovery',
    kind: 'small-recovery',
    description: 'A moment that went a little better than before.',
    sections: [
      { heading: 'What went better', prompt: 'However small it was.' },
      { heading: 'What helped', prompt: 'Something I did, something they did, something around us.' },
      { heading: 'How I want to mark it', prompt: 'A word of thanks, a note to remember, telling them.' },
    ],
  },
  {
    id: 'check-in',
    name: 'Feeling check-in',
    kind: 'feeling',
    description: 'A few minutes to notice where you are today.',
    sections: [
      { heading: 'Right now I feel', prompt: 'In my body and in my heart.' },
      { heading: 'What is behind it', prompt: 'What might this feeling be about?' },
      { heading: 'What would help today', prompt: 'From me, from my partner, from someone else.' },
    ],
  },
  {
    id: 'appreciation',
    name: 'Appreciation',
    kind: 'gratitude',
    description: 'Something about your partner or your life together you are glad of.',
    sections: [
      { heading: 'What I appreciated', prompt: 'A specific moment or thing they did.' },
      { heading: 'Why it mattered to me', prompt: 'What it touched in me.' },
    ],
  },
  {
    id: 'i-statement',
    name: 'I-statement draft',
    kind: 'reflection',
    description: 'Prepare to say something hard in a way that can be heard.',
    sections: [
      { heading: 'I felt…', prompt: 'One or two feeling words.' },
      { heading: 'when…', prompt: 'The specific moment, without blame.' },
      { heading: 'because I need…', prompt: 'The need underneath, and a request if you have one.' },
    ],
  },
];
