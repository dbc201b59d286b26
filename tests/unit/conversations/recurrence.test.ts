import { describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../../electron/core/conversations/recurrence';
import { utcToZoned, zonedToUtc } from '../../../shared/domain/zoned-time';

const weekly = (timeZone: string, startDate = '2026-03-01', everyWeeks: number | null = 1) => ({ startDate, startTime: '19:00', timeZone, durationMinutes: 60, everyWeeks });
const iso = (ms: number) => new Date(ms).toISOString();

describe('recurrence keeps the wall time across daylight-saving changes', () => {
  it('Sunday 19:00 in Berlin is 18:00Z before and 17:00Z after the March change, and back in October', () => {
    const occ = occurrencesBetween(weekly('Europe/Berlin'), Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 6));
    expect(occ.map((o) => iso(o.startsAt))).toEqual(['2026-03-22T18:00:00.000Z', '2026-03-29T17:00:00.000Z', '2026-04-05T17:00:00.000Z']);
    const autumn = occurrencesBetween(weekly('Europe/Berlin'), Date.UTC(2026, 9, 17), Date.UTC(2026, 10, 2));
    expect(autumn.map((o) => iso(o.startsAt))).toEqual(['2026-10-18T17:00:00.000Z', '2026-10-25T18:00:00.000Z', '2026-11-01T18:00:00.000Z']);
    for (const o of [...occ, ...autumn]) expect(utcToZoned(o.startsAt, 'Europe/Berlin')).toMatchObject({ time: '19:00', weekday: 'Sun' });
  });

  it('New York changes on a different date than Europe', () => {
    const occ = occurrencesBetween(weekly('America/New_York'), Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 16));
    expect(occ.map((o) => iso(o.startsAt))).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-08T23:00:00.000Z', '2026-03-15T23:00:00.000Z']);
  });

  it('works south of the equator and in zones without DST or with half-hour offsets', () => {
    // Sydney leaves DST on the first Sunday of April.
    const syd = occurrencesBetween(weekly('Australia/Sydney', '2026-03-29'), Date.UTC(2026, 2, 28), Date.UTC(2026, 3, 10));
    expect(syd.map((o) => utcToZoned(o.startsAt, 'Australia/Sydney').time)).toEqual(['19:00', '19:00']);
    expect(syd[1]!.startsAt - syd[0]!.startsAt).toBe(7 * 86_400_000 + 3_600_000);
    const kol = occurrencesBetween(weekly('Asia/Kolkata'), Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 9));
    expect(kol.map((o) => iso(o.startsAt))).toEqual(['2026-03-01T13:30:00.000Z', '2026-03-08T13:30:00.000Z']);
  });

  it('every N weeks, one-offs, and windows far from the start', () => {
    const every2 = occurrencesBetween(weekly('UTC', '2026-01-04', 2), Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 2));
    expect(every2.map((o) => iso(o.startsAt).slice(0, 10))).toEqual(['2026-01-04', '2026-01-18', '2026-02-01']);
    const far = occurrencesBetween(weekly('UTC', '2026-01-04', 2), Date.UTC(2030, 0, 1), Date.UTC(2030, 0, 15));
    expect(far).toHaveLength(1);
    expect(utcToZoned(far[0]!.startsAt, 'UTC').weekday).toBe('Sun');
    expect(occurrencesBetween(weekly('UTC', '2026-05-05', null), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toHaveLength(1);
    expect(occurrencesBetween(weekly('UTC', '2026-05-05', null), Date.UTC(2026, 5, 1), Date.UTC(2027, 0, 1))).toHaveLength(0);
  });

  it('a time skipped by the clock change moves forward by the gap, and durations hold', () => {
    expect(iso(zonedToUtc({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    const [o] = occurrencesBetween(weekly('Europe/Berlin', '2026-03-29', null), 0, Date.UTC(2027, 0, 1));
    expect(o!.endsAt - o!.startsAt).toBe(60 * 60_000);
  });
});
