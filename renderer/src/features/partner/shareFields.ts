import { SHARE_FIELDS, type ShareField, type ShareFields } from '../../../../shared/domain/share';

/** How each part of an entry is named when someone decides whether it travels. */
export const SHARE_FIELD_LABELS: Record<ShareField, { label: string; hint?: string }> = {
  kind: { label: 'Kind of entry', hint: 'Feeling, setback, small recovery…' },
  title: { label: 'Title' },
  body: { label: 'What you wrote' },
  mood: { label: 'Mood' },
  intensity: { label: 'How strongly you felt it', hint: 'The 0–10 intensity, if you set one.' },
  emotions: { label: 'Feelings you named' },
  tags: { label: 'Tags', hint: 'Often private shorthand, so they stay behind unless you choose them.' },
  happenedOn: { label: 'The day it happened' },
};

/** The fields that are on, in the order they are listed everywhere. */
export function chosenFields(fields: ShareFields): ShareField[] {
  return SHARE_FIELDS.filter((f) => fields[f]);
}

/** For the share log, which stores field names as plain strings. */
export function fieldLabel(name: string): string {
  return (SHARE_FIELD_LABELS as Record<string, { label: string } | undefined>)[name]?.label ?? name;
}
