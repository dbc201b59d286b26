import type { Insights } from '../../../shared/contract/progress';
import type { Agreement, Occurrence } from '../../../shared/domain/conversation';
import { emotionLabel } from '../../../shared/domain/emotions';
import type { EntrySummary } from '../../../shared/domain/entry';
import { addDays } from '../../../shared/domain/zoned-time';
import { monthsBefore, weekStart, weeksBetween } from './weeks';

export interface InsightInput {
  today: string;
  months: number;
  entries: readonly EntrySummary[];
  /** Occurrences in the range, with their status (held, skipped, planned…). */
  occurrences: readonly (Occurrence & { localDate: string })[];
  agreements: readonly Agreement[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Everything the Progress page draws, computed from decrypted data in memory. Captions are
 * written to encourage without judging: gaps are not failures, and nothing is scored.
 */
export function computeInsights(i: InsightInput): Insights {
  const from = monthsBefore(i.today, i.months);
  const inRange = i.entries.filter((e) => e.trashedAt === null && e.happenedOn >= from && e.happenedOn <= i.today);

  const weeks = weeksBetween(from, i.today).map((week) => {
    const end = addDays(week, 6);
    const es = inRange.filter((e) => e.happenedOn >= week && e.happenedOn <= end);
    const moods = es.flatMap((e) => (e.mood === null ? [] : [e.mood]));
    const a = avg(moods);
    return {
      week,
      avgMood: a === null ? null : round1(a),
      entries: es.length,
      setbacks: es.filter((e) => e.kind === 'setback').length,
      recoveries: es.filter((e) => e.kind === 'small-recovery').length,
    };
  });

  const countEmotions = (es: readonly EntrySummary[]) => {
    const m = new Map<string, number>();
    for (const e of es) for (const x of e.emotions) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const all = countEmotions(inRange);
  const top = [...all.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([emotion, count]) => ({ emotion, label: emotionLabel(emotion), count }));
  const mid = addDays(from, Math.floor((Date.parse(i.today) - Date.parse(from)) / 86_400_000 / 2));
  const earlier = countEmotions(inRange.filter((e) => e.happenedOn < mid));
  const later = countEmotions(inRange.filter((e) => e.happenedOn >= mid));
  const shift = top.map((t) => ({ emotion: t.emotion, label: t.label, earlier: earlier.get(t.emotion) ?? 0, later: later.get(t.emotion) ?? 0 }));

  const months = new Map<string, { planned: number; held: number }>();
  for (let m = from.slice(0, 7); m <= i.today.slice(0, 7); m = monthsBefore(`${m}-01`, -1).slice(0, 7)) months.set(m, { planned: 0, held: 0 });
  for (const o of i.occurrences) {
    const slot = months.get(o.localDate.slice(0, 7));
    if (!slot || o.localDate > i.today) continue;
    slot.planned++;
    if (o.status === 'held') slot.held++;
  }
  const conversations = [...months.entries()].map(([month, v]) => ({ month, ...v }));

  const agreements = { open: 0, kept: 0, missed: 0, renegotiated: 0 };
  for (const a of i.agreements) agreements[a.status]++;

  const byDay = new Map<string, number[]>();
  const yearAgo = monthsBefore(i.today, 12);
  for (const e of i.entries) {
    if (e.trashedAt !== null || e.mood === null || e.happenedOn < yearAgo || e.happenedOn > i.today) continue;
    byDay.set(e.happenedOn, [...(byDay.get(e.happenedOn) ?? []), e.mood]);
  }
  const moodCalendar = [...byDay.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([date, ms]) => ({ date, avgMood: round1(avg(ms)!) }));

  const checkIns = checkInStreak(i.occurrences, i.today);

  return {
    from,
    to: i.today,
    weeks,
    emotions: { top, shift },
    conversations,
    agreements,
    moodCalendar,
    checkIns,
    captions: {
      mood: moodCaption(weeks),
      balance: balanceCaption(weeks),
      emotions: emotionCaption(shift),
      conversations: conversationCaption(conversations),
      agreements: agreementCaption(agreements),
      checkIns: checkInCaption(checkIns),
      calendar: moodCalendar.length ? `You noted your mood on ${moodCalendar.length} day${moodCalendar.length === 1 ? '' : 's'} this past year.` : 'Days you note a mood will appear here.',
    },
  };
}

/** Weekly check-ins held in the last 8 weeks, and the current run of weeks in a row. No penalty for gaps. */
function checkInStreak(occ: InsightInput['occurrences'], today: string) {
  const LAST = 8;
  const thisWeek = weekStart(today);
  const heldWeeks = new Set(occ.filter((o) => o.kind === 'weekly-check-in' && o.status === 'held').map((o) => weekStart(o.localDate)));
  let weeksWithCheckIn = 0;
  for (let k = 0; k < LAST; k++) if (heldWeeks.has(addDays(thisWeek, -7 * k))) weeksWithCheckIn++;
  let currentRun = 0;
  // This week may still be ahead of them: start counting from last week if this one has none yet.
  let k = heldWeeks.has(thisWeek) ? 0 : 1;
  while (heldWeeks.has(addDays(thisWeek, -7 * k))) {
    currentRun++;
    k++;
  }
  return { lastWeeks: LAST, weeksWithCheckIn, currentRun };
}

function moodCaption(weeks: Insights['weeks']): string {
  const withMood = weeks.filter((w) => w.avgMood !== null);
  if (withMood.length < 2) return 'As you note your mood, a gentle trend will appear here.';
  const half = Math.floor(withMood.length / 2);
  const a = avg(withMood.slice(0, half).map((w) => w.avgMood!))!;
  const b = avg(withMood.slice(half).map((w) => w.avgMood!))!;
  if (b - a >= 0.3) return `Your mood has been lifting: from ${round1(a)} to ${round1(b)} on average (out of 5).`;
  if (a - b >= 0.3) return `Your mood has been lower lately: from ${round1(a)} to ${round1(b)} on average (out of 5). Be gentle with yourself.`;
  return `Your mood has been fairly steady, around ${round1(b)} out of 5.`;
}

function balanceCaption(weeks: Insights['weeks']): string {
  const recent = weeks.slice(-8).filter((w) => w.setbacks + w.recoveries > 0);
  if (recent.length === 0) return 'Setbacks and small recoveries you write about will be counted here, week by week.';
  const better = recent.filter((w) => w.recoveries > w.setbacks).length;
  return `More small recoveries than setbacks in ${better} of the last ${recent.length} week${recent.length === 1 ? '' : 's'} you wrote.`;
}

function emotionCaption(shift: Insights['emotions']['shift']): string {
  if (shift.length === 0) return 'The feelings you name most often will appear here.';
  const most = shift[0]!;
  const growing = shift.filter((s) => s.later > s.earlier).sort((a, b) => b.later - b.earlier - (a.later - a.earlier))[0];
  const base = `You named “${most.label.toLowerCase()}” most often.`;
  return growing && growing.emotion !== most.emotion ? `${base} “${growing.label}” has come up more lately.` : base;
}

function conversationCaption(c: Insights['conversations']): string {
  const planned = c.reduce((n, m) => n + m.planned, 0);
  const held = c.reduce((n, m) => n + m.held, 0);
  if (planned === 0) return 'Conversations you plan and hold will be shown here.';
  return `You held ${held} of ${planned} planned conversation${planned === 1 ? '' : 's'}. Every one you held counts.`;
}

function agreementCaption(a: Insights['agreements']): string {
  const total = a.open + a.kept + a.missed + a.renegotiated;
  if (total === 0) return 'Agreements you make together will be tracked here.';
  return `${a.kept} agreement${a.kept === 1 ? '' : 's'} kept, ${a.open + a.renegotiated} still in progress.${a.renegotiated ? ` Renegotiating ${a.renegotiated} is part of the work, too.` : ''}`;
}

function checkInCaption(c: Insights['checkIns']): string {
  if (c.weeksWithCheckIn === 0) return 'Weekly check-ins you hold will show up here. Any week is a good week to start.';
  const run = c.currentRun > 1 ? ` — ${c.currentRun} weeks in a row` : '';
  return `You met for a check-in in ${c.weeksWithCheckIn} of the last ${c.lastWeeks} weeks${run}.`;
}
