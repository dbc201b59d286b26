import type { EntrySummary } from '../../../../shared/domain/entry';
import { monthLabel, weekLabel, weekStartIso } from './dates';

export type TimelineRow =
  | { type: 'month'; key: string; label: string }
  | { type: 'week'; key: string; label: string }
  | { type: 'entry'; key: string; entry: EntrySummary }
  | { type: 'more'; key: string };

/**
 * Flattens newest-first summaries into the rows the virtual list draws: a month heading, then a
 * week heading, then that week's entries. A week that spans two months appears under both, so
 * every entry sits under its own month.
 */
export function buildTimelineRows(items: readonly EntrySummary[], hasMore: boolean, firstDay: number): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const weekStarts = new Map<string, string>();
  let month = '';
  let week = '';
  for (const entry of items) {
    const m = entry.happenedOn.slice(0, 7);
    let w = weekStarts.get(entry.happenedOn);
    if (w === undefined) {
      w = weekStartIso(entry.happenedOn, firstDay);
      weekStarts.set(entry.happenedOn, w);
    }
    if (m !== month) {
      month = m;
      week = '';
      rows.push({ type: 'month', key: `m:${m}`, label: monthLabel(entry.happenedOn) });
    }
    if (w !== week) {
      week = w;
      rows.push({ type: 'week', key: `w:${m}:${w}`, label: weekLabel(w) });
    }
    rows.push({ type: 'entry', key: entry.id, entry });
  }
  if (hasMore) rows.push({ type: 'more', key: 'more' });
  return rows;
}
