import { ENTRY_KINDS, type EntryKind } from '../../shared/domain/entry';
import { EMOTION_GROUPS } from '../../shared/domain/emotions';
import type { ImportItem } from '../../electron/core/journal/service';
import { rng } from '../support/rng';
import { lexical } from '../support/lexical';

const WORDS = (
  'i felt you we when because need trust call late home tired quiet talk listen heard afraid hope calm evening morning dinner ' +
  'phone message walk together apart sorry promise again small better worse kind angry hurt safe close distance time week ' +
  'therapy session remember forgot waited honest truth lie spoke softly cried laughed held hand door kitchen bed car work ' +
  'friend mother father child weekend sunday monday plan agreement boundary space reassurance patience anxious lonely grateful ' +
  'relieved numb ashamed proud noticed tried practice breathe pause return story body chest heavy light slept woke coffee tea'
).split(' ');
const TAGS = ['phone', 'evening', 'family', 'work', 'therapy', 'weekend', 'money', 'friends', 'home', 'trip', 'sleep', 'holidays'];
const EMOTIONS = EMOTION_GROUPS.flatMap((g) => g.emotions.map((e) => e.id));
const KIND_WEIGHTS: [EntryKind, number][] = [
  ['feeling', 0.3],
  ['setback', 0.2],
  ['small-recovery', 0.25],
  ['gratitude', 0.15],
  ['reflection', 0.1],
];

function paragraph(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** N realistic entries (~250 words each) spread over three years before `endDate`, from a fixed seed. */
export function generateEntries(n: number, seed = 20261129, endDate = '2026-11-29'): ImportItem[] {
  const r = rng(seed);
  const end = Date.parse(`${endDate}T12:00:00Z`);
  const span = 3 * 365 * 86_400_000;
  const items: ImportItem[] = [];
  for (let i = 0; i < n; i++) {
    let x = r();
    let kind: EntryKind = ENTRY_KINDS[0];
    for (const [k, w] of KIND_WEIGHTS) {
      if ((x -= w) <= 0) {
        kind = k;
        break;
      }
    }
    const when = end - Math.floor(r() * span);
    const paragraphs = Array.from({ length: 5 }, () => paragraph(r, 45 + Math.floor(r() * 10)));
    const emotions = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => EMOTIONS[Math.floor(r() * EMOTIONS.length)]!))];
    const tags = [...new Set(Array.from({ length: Math.floor(r() * 3) }, () => TAGS[Math.floor(r() * TAGS.length)]!))];
    items.push({
      draft: {
        kind,
        title: paragraph(r, 3 + Math.floor(r() * 4)).slice(0, -1),
        body: lexical(...paragraphs),
        mood: 1 + Math.floor(r() * 5),
        intensity: Math.floor(r() * 11),
        emotions,
        tags,
        happenedOn: new Date(when).toISOString().slice(0, 10),
      },
      createdAt: when,
      updatedAt: when,
    });
  }
  return items;
}

/** The 20 fixed queries for B3: single words, prefixes, typos, and two-word queries. */
export const QUERIES = [
  'trust',
  'phone',
  'reassurance',
  'therapy',
  'kitchen',
  'promise',
  'anxious',
  'grateful',
  'boundary',
  'patience',
  'reasur',
  'thera',
  'promis',
  'walk together',
  'honest truth',
  'breathe pause',
  'coffe',
  'lonley',
  'forgott',
  'weekend plan',
];
