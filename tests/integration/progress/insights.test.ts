import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/zoned-time';
import { lexical } from '../journal/setup';
import { makeCouple, type Couple } from '../partner/couple';

// A synthetic season with known answers. "Today" is Sunday 21 June 2026.
const TODAY = '2026-06-21';
const THIS_MONDAY = '2026-06-15';
let c: Couple;

beforeAll(async () => {
  c = await makeCouple();
  await c.as('alex');
  await c.call('vault.updateSettings', { idleLockMinutes: 240 });
  const add = (kind: 'setback' | 'small-recovery' | 'gratitude', happenedOn: string, mood: number | null, emotions: string[], title = '') =>
    c.call('entries.create', { kind, title, body: lexical(`${kind} on ${happenedOn}`), mood, emotions, happenedOn });
  // Eight weeks, newest first (k = 0 is this week): the six recent weeks lean towards recovery.
  for (let k = 0; k < 8; k++) {
    const monday = addDays(THIS_MONDAY, -7 * k);
    const mood = k < 4 ? 4 : 2;
    const [setbacks, recoveries] = k < 6 ? [1, 2] : [2, 1];
    for (let i = 0; i < setbacks; i++) await add('setback', addDays(monday, i), mood, ['hurt']);
    for (let i = 0; i < recoveries; i++) await add('small-recovery', addDays(monday, 2 + i), mood, ['hopeful'], `Recovery ${k}.${i}`);
  }
  // For "On this day": 1, 3, 6 and 12 months ago (no mood, so the trend above stays exact).
  for (const d of ['2026-05-21', '2026-03-21', '2025-12-21', '2025-06-21']) await add('gratitude', d, null, ['grateful'], `Then: ${d}`);

  // Weekly check-ins on Sundays at 19:00 UTC from 19 April; five of them held.
  const s = await c.call('conversations.schedule', { kind: 'weekly-check-in', purpose: 'Check in', startDate: '2026-04-19', startTime: '19:00', timeZone: 'UTC', durationMinutes: 30, everyWeeks: 1, reminderMinutesBefore: null });
  for (const day of ['2026-05-03', '2026-05-24', '2026-05-31', '2026-06-07', '2026-06-14']) {
    const conv = await c.call('conversations.open', { seriesId: s.id, startsAt: Date.parse(`${day}T19:00:00Z`) });
    await c.call('conversations.start', { id: conv.id });
    await c.call('conversations.end', { id: conv.id, notes: '', wentWell: '' });
  }
  const mk = (text: string) => c.call('agreements.create', { conversationId: null, text, owner: 'both', dueOn: null, followUpOn: null, today: '2026-06-01' });
  const [a, b] = [await mk('Walks'), await mk('Phones away')];
  await mk('Sunday pancakes');
  await c.call('agreements.setStatus', { id: a.id, status: 'kept' });
  await c.call('agreements.setStatus', { id: b.id, status: 'missed' });
});
afterAll(async () => {
  await c.cleanup();
});

describe('insights over the last 3 months', () => {
  it('counts setbacks and small recoveries week by week, with a plain caption', async () => {
    const i = await c.call('progress.insights', { today: TODAY, months: 3 });
    const last8 = i.weeks.slice(-8);
    expect(last8.map((w) => w.week)).toEqual(Array.from({ length: 8 }, (_, k) => addDays(THIS_MONDAY, -7 * (7 - k))));
    expect(last8.map((w) => [w.setbacks, w.recoveries])).toEqual([[2, 1], [2, 1], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2]]);
    expect(i.captions.balance).toBe('More small recoveries than setbacks in 6 of the last 8 weeks you wrote.');
  });

  it('shows the mood trend lifting', async () => {
    const i = await c.call('progress.insights', { today: TODAY, months: 3 });
    const last8 = i.weeks.slice(-8).map((w) => w.avgMood);
    expect(last8).toEqual([2, 2, 2, 2, 4, 4, 4, 4]);
    expect(i.captions.mood).toMatch(/lifting/);
  });

  it('ranks emotions and shows how they shift', async () => {
    const i = await c.call('progress.insights', { today: TODAY, months: 3 });
    expect(i.emotions.top.slice(0, 2)).toEqual([
      { emotion: 'hopeful', label: 'Hopeful', count: 14 },
      { emotion: 'hurt', label: 'Hurt', count: 10 },
    ]);
    const hopeful = i.emotions.shift.find((s) => s.emotion === 'hopeful')!;
    expect(hopeful.earlier + hopeful.later).toBe(14);
    expect(i.captions.emotions).toMatch(/hopeful/);
  });

  it('counts conversations planned against held, agreements, and a gentle check-in streak', async () => {
    const i = await c.call('progress.insights', { today: TODAY, months: 3 });
    const byMonth = Object.fromEntries(i.conversations.map((m) => [m.month, [m.planned, m.held]]));
    expect(byMonth).toMatchObject({ '2026-04': [2, 0], '2026-05': [5, 3], '2026-06': [3, 2] });
    expect(i.captions.conversations).toBe('You held 5 of 10 planned conversations. Every one you held counts.');
    expect(i.agreements).toEqual({ open: 1, kept: 1, missed: 1, renegotiated: 0 });
    expect(i.checkIns).toEqual({ lastWeeks: 8, weeksWithCheckIn: 5, currentRun: 4 });
    expect(i.captions.checkIns).toBe('You met for a check-in in 5 of the last 8 weeks — 4 weeks in a row.');
  });

  it('draws a mood calendar of the year and respects the range', async () => {
    const year = await c.call('progress.insights', { today: TODAY, months: 12 });
    // Three distinct days a week for eight weeks; the "then" entries have no mood.
    expect(year.moodCalendar).toHaveLength(8 * 3);
    expect(year.moodCalendar[0]).toEqual({ date: addDays(THIS_MONDAY, -49), avgMood: 2 });
    const three = await c.call('progress.insights', { today: TODAY, months: 3 });
    expect(three.from).toBe('2026-03-21');
    // 36 entries in eight weeks, plus the two "then" entries from March and May.
    expect(three.weeks.reduce((n, w) => n + w.entries, 0)).toBe(24 + 2);
  });
});

describe('month in review and On this day', () => {
  it('summarises May 2026', async () => {
    const m = await c.call('progress.month', { month: '2026-05' });
    expect(m.smallRecoveries.every((e) => e.kind === 'small-recovery' && e.happenedOn.startsWith('2026-05'))).toBe(true);
    expect(m.entries).toBe(m.byKind['setback']! + m.byKind['small-recovery']! + (m.byKind['gratitude'] ?? 0));
    expect(m.conversations.filter((x) => x.status === 'held')).toHaveLength(3);
    expect(m.recurringEmotions.map((e) => e.emotion)).toContain('hopeful');
    expect(m.summary).toMatch(/^May 2026: \d+ entries, \d+ small recoveries, 3 conversations held\./);
  });

  it('finds entries from 1, 3, 6 and 12 months ago', async () => {
    const r = await c.call('progress.onThisDay', { today: TODAY });
    // A month ago also had a small recovery from the weekly pattern; both come back.
    expect(r.items.map((x) => [x.monthsAgo, x.date, x.entries.map((e) => e.title).sort()])).toEqual([
      [1, '2026-05-21', ['Recovery 4.1', 'Then: 2026-05-21']],
      [3, '2026-03-21', ['Then: 2026-03-21']],
      [6, '2025-12-21', ['Then: 2025-12-21']],
      [12, '2025-06-21', ['Then: 2025-06-21']],
    ]);
  });

  it('refuses a month that does not exist', async () => {
    expect(await c.core.dispatch('progress.month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
