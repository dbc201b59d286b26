import { describe, expect, it, vi } from 'vitest';
import type { Entry, EntryDraft, EntryPatch } from '../../../shared/domain/entry';
import { MendError } from '../../../shared/errors';
import { EntrySaver, type DraftValues, type SaveState } from '../../../renderer/src/features/journal/entrySaver';
import { buildTimelineRows } from '../../../renderer/src/features/journal/timelineRows';
import { describeFilters, NO_FILTERS, toEntryFilters } from '../../../renderer/src/features/journal/filters';
import { splitSnippet } from '../../../renderer/src/features/journal/snippet';

const initial: DraftValues = {
  kind: 'feeling',
  title: '',
  body: '{}',
  mood: null,
  intensity: null,
  emotions: [],
  tags: [],
  happenedOn: '2026-06-08',
};

function entry(id: string, rev: number): Entry {
  return {
    id,
    rev,
    kind: 'feeling',
    title: '',
    excerpt: '',
    mood: null,
    intensity: null,
    emotions: [],
    tags: [],
    happenedOn: '2026-06-08',
    createdAt: 1,
    updatedAt: 1,
    wordCount: 0,
    trashedAt: null,
    sharedAt: null,
    body: '{}',
  };
}

describe('EntrySaver', () => {
  it('creates once, then updates with baseRev, never two requests at once, coalescing edits made meanwhile', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let release: (() => void) | null = null;
    const ports = {
      create: async (d: EntryDraft) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        calls.push(`create:${d.title}`);
        await new Promise<void>((r) => (release = r));
        inFlight--;
        return entry('a'.repeat(26), 1);
      },
      update: async (id: string, rev: number, patch: EntryPatch) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        calls.push(`update:${rev}:${JSON.stringify(patch)}`);
        inFlight--;
        return entry(id, rev + 1);
      },
    };
    const states: SaveState['status'][] = [];
    const saver = new EntrySaver({
      ports,
      initial,
      existing: null,
      delayMs: 10_000,
      onState: (s) => states.push(s.status),
      onSaved: () => {},
    });
    saver.edit({ title: 'a' });
    const first = saver.flush();
    await Promise.resolve();
    saver.edit({ title: 'ab' });
    saver.edit({ mood: 3 });
    const second = saver.flush();
    const third = saver.flush();
    await new Promise((r) => setTimeout(r, 5));
    release!();
    await Promise.all([first, second, third]);
    expect(calls).toEqual(['create:a', 'update:1:{"title":"ab","mood":3}']);
    expect(maxInFlight).toBe(1);
    expect(states.at(-1)).toBe('saved');
    saver.dispose();
  });

  it('keeps failed fields unsaved and sends them again on retry', async () => {
    let fail = true;
    const sent: EntryPatch[] = [];
    const saver = new EntrySaver({
      ports: {
        create: async () => entry('b'.repeat(26), 1),
        update: async (_id, _rev, patch) => {
          if (fail) throw new MendError('storage_full', 'Disk full.');
          sent.push(patch);
          return entry('b'.repeat(26), 2);
        },
      },
      initial,
      existing: { id: 'b'.repeat(26), rev: 1 },
      delayMs: 10_000,
      onState: () => {},
      onSaved: () => {},
    });
    saver.edit({ title: 'x' });
    await saver.flush();
    expect(saver.hasUnsaved).toBe(true);
    fail = false;
    await saver.flush();
    expect(sent).toEqual([{ title: 'x' }]);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('announces each change of status once, not every edit (typing must not re-render the page)', async () => {
    const states: SaveState['status'][] = [];
    const saver = new EntrySaver({
      ports: { create: async () => entry('e1', 1), update: async (id, rev) => entry(id, rev + 1) },
      initial,
      existing: null,
      delayMs: 10_000,
      onState: (s) => states.push(s.status),
      onSaved: () => {},
    });
    for (let i = 1; i <= 20; i++) saver.edit({ title: 'x'.repeat(i) });
    expect(states).toEqual(['pending']);
    await saver.flush();
    saver.edit({ title: 'again' });
    saver.edit({ title: 'again and again' });
    expect(states).toEqual(['pending', 'saving', 'saved', 'pending']);
    saver.dispose();
  });

  it('ignores edits that change nothing', async () => {
    const create = vi.fn();
    const saver = new EntrySaver({
      ports: { create, update: vi.fn() },
      initial,
      existing: null,
      delayMs: 10,
      onState: () => {},
      onSaved: () => {},
    });
    saver.edit({ title: '', emotions: [] });
    await saver.flush();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('pure helpers', () => {
  it('groups by month then week', () => {
    const e = (id: string, happenedOn: string) => ({ ...entry(id, 1), happenedOn });
    const rows = buildTimelineRows([e('1', '2026-06-10'), e('2', '2026-06-08'), e('3', '2026-06-07'), e('4', '2026-05-31')], true, 1);
    expect(rows.map((r) => r.type)).toEqual(['month', 'week', 'entry', 'entry', 'week', 'entry', 'month', 'week', 'entry', 'more']);
  });
  it('describes filters plainly and turns presets into dates', () => {
    const f = { ...NO_FILTERS, kinds: ['setback' as const], emotions: ['hurt'], dates: { preset: 'last-3-months' as const } };
    expect(describeFilters(f)).toBe('Setbacks · feeling hurt · last 3 months');
    expect(toEntryFilters(f, '2026-06-30')).toEqual({ kinds: ['setback'], emotions: ['hurt'], from: '2026-03-30', to: '2026-06-30' });
    expect(describeFilters(NO_FILTERS)).toBe('All entries');
  });
  it('splits snippets without losing or repeating text', () => {
    const parts = splitSnippet('I felt hopeful and hopeless', [
      [7, 14],
      [10, 12],
      [19, 23],
      [40, 50],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('I felt hopeful and hopeless');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['hopeful', 'hope']);
  });
});
