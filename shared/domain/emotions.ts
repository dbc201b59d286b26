/**
 * A curated feelings vocabulary, grouped so people can find the right word when it is hard to
 * name. Group names are gentle families, not judgements. Ids are stable (stored in entries).
 */
export interface EmotionGroup {
  id: string;
  label: string;
  emotions: readonly { id: string; label: string }[];
}

const e = (id: string, label = id[0]!.toUpperCase() + id.slice(1)) => ({ id, label });

export const EMOTION_GROUPS: readonly EmotionGroup[] = [
  { id: 'hurt', label: 'Hurt', emotions: [e('hurt'), e('betrayed'), e('rejected'), e('lonely'), e('sad'), e('disappointed'), e('grieving')] },
  { id: 'fear', label: 'Afraid', emotions: [e('anxious'), e('afraid'), e('insecure'), e('overwhelmed'), e('unsafe'), e('jealous')] },
  { id: 'anger', label: 'Angry', emotions: [e('angry'), e('resentful'), e('frustrated'), e('irritated'), e('bitter')] },
  { id: 'shame', label: 'Ashamed', emotions: [e('ashamed'), e('guilty'), e('embarrassed'), e('exposed'), e('unworthy')] },
  { id: 'numb', label: 'Shut down', emotions: [e('numb'), e('tired'), e('confused'), e('disconnected'), e('empty')] },
  { id: 'hope', label: 'Hopeful', emotions: [e('hopeful'), e('relieved'), e('calm'), e('safe'), e('curious'), e('proud')] },
  { id: 'warmth', label: 'Close', emotions: [e('grateful'), e('loved'), e('connected'), e('tender'), e('understood'), e('forgiving')] },
];

export const EMOTION_IDS: ReadonlySet<string> = new Set(EMOTION_GROUPS.flatMap((g) => g.emotions.map((x) => x.id)));

export function emotionLabel(id: string): string {
  for (const g of EMOTION_GROUPS) for (const x of g.emotions) if (x.id === id) return x.label;
  return id;
}
