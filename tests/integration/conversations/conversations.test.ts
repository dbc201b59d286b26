import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_FIELDS } from '../../../shared/domain/share';
import { makeCouple, pair, writeEntries, type Couple } from '../partner/couple';

let c: Couple;
beforeEach(async () => {
  c = await makeCouple();
});
afterEach(async () => {
  await c.cleanup();
});

const weekly = {
  kind: 'weekly-check-in' as const,
  purpose: 'Check in gently about the week',
  startDate: '2026-06-21',
  startTime: '19:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  everyWeeks: 1,
  reminderMinutesBefore: 30,
};
const MIN = 60_000;

describe('a weekly check-in, from plan to follow-up', () => {
  it('plans, prepares, merges both partners’ entries, pauses, records agreements and brings them back next week', async () => {
    await pair(c);
    // Blair plans the same check-in and shares an entry for it.
    await c.as('alex');
    const series = await c.call('conversations.schedule', weekly);
    const [first, second] = (await c.call('conversations.upcoming', { days: 14 })).items;
    expect(new Date(first!.startsAt).toISOString()).toBe('2026-06-21T17:00:00.000Z');
    expect(second!.startsAt - first!.startsAt).toBe(7 * 24 * 60 * MIN);
    const conv = await c.call('conversations.open', { seriesId: series.id, startsAt: first!.startsAt });
    const again = await c.call('conversations.open', { seriesId: series.id, startsAt: first!.startsAt });
    expect(again.id).toBe(conv.id);

    const ids = await writeEntries(c, 2);
    const prepared = await c.call('conversations.savePrep', {
      id: conv.id,
      prep: { purpose: weekly.purpose, entryIds: ids, iStatements: ['I felt alone when the call went unanswered, because I need to know you are reachable.'], appreciations: 'You made tea.', needs: 'Reassurance', readiness: { calmEnough: true, note: '' } },
    });
    expect(prepared.prep.entryIds).toEqual(ids);
    await c.call('share.send', { conversationId: conv.id, items: ids.map((entryId) => ({ entryId })), fields: DEFAULT_SHARE_FIELDS });
    const alexPacket = c.lastSaved().path;

    // Blair imports Alex's packet for this conversation and shares one back for the same id.
    await c.as('blair');
    c.queueOpen(alexPacket);
    expect((await c.call('share.importPacket', {})).imported).toBe(2);
    const [blairEntry] = await writeEntries(c, 1);
    await c.call('share.send', { conversationId: conv.id, items: [{ entryId: blairEntry!, note: 'This is what the evening felt like.' }], fields: DEFAULT_SHARE_FIELDS });
    const blairPacket = c.lastSaved().path;

    await c.as('alex');
    c.queueOpen(blairPacket);
    await c.call('share.importPacket', {});
    const agenda = await c.call('conversations.agenda', { id: conv.id });
    expect(agenda.mine.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(agenda.partners).toHaveLength(1);
    expect(agenda.partners[0]!.note).toBe('This is what the evening felt like.');

    // Hold it, with the pause rule. (Days pass: Mend auto-locked meanwhile, so unlock again.)
    c.clock.set(first!.startsAt);
    await c.as('alex');
    await c.call('vault.updateSettings', { idleLockMinutes: 60 });
    expect((await c.call('conversations.start', { id: conv.id })).status).toBe('in-progress');
    const paused = await c.call('conversations.pause', { id: conv.id, minutes: 20 });
    expect(paused.status).toBe('paused');
    expect(paused.pauses[0]!.returnAt - paused.pauses[0]!.startedAt).toBe(20 * MIN);
    c.clock.advance(5 * MIN);
    await expect(c.call('conversations.resume', { id: conv.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/15 minutes to go/) });
    c.clock.advance(15 * MIN);
    expect((await c.call('conversations.resume', { id: conv.id })).status).toBe('in-progress');

    const today = '2026-06-21';
    await c.call('agreements.create', { conversationId: conv.id, text: 'Text when running late', owner: 'both', dueOn: null, followUpOn: '2026-06-28', today });
    const walk = await c.call('agreements.create', { conversationId: conv.id, text: 'A walk on Saturday', owner: 'me', dueOn: '2026-06-27', followUpOn: '2026-06-28', today });
    const ended = await c.call('conversations.end', { id: conv.id, notes: 'Hard but kind.', wentWell: 'We both listened.' });
    expect(ended).toMatchObject({ status: 'held', notes: 'Hard but kind.', wentWell: 'We both listened.' });
    expect(ended.pauses.every((p) => p.endedAt !== null)).toBe(true);

    // Next week: open agreements are on the agenda; kept ones leave it.
    await c.call('agreements.setStatus', { id: walk.id, status: 'kept', note: 'We went to the lake.' });
    const next = await c.call('conversations.open', { seriesId: series.id, startsAt: second!.startsAt });
    const nextAgenda = await c.call('conversations.agenda', { id: next.id });
    expect(nextAgenda.openAgreements.map((a) => a.text)).toEqual(['Text when running late']);
    const upcoming = await c.call('conversations.upcoming', { days: 14, pastDays: 14 });
    expect(upcoming.items.find((o) => o.startsAt === first!.startsAt)).toMatchObject({ status: 'held', conversationId: conv.id });
  });

  it('reminds before each occurrence with a notification that names nothing private, even while locked', async () => {
    await c.as('alex');
    const shown: string[] = [];
    (c.core as unknown as { conversations: { reminders: { notifier: { show: (n: { body: string }) => void } } } }).conversations.reminders.notifier.show = (n) => shown.push(n.body);
    await c.call('conversations.schedule', { ...weekly, startDate: '2026-06-21' });
    await c.call('vault.lock', {});
    c.clock.set(Date.UTC(2026, 5, 21, 16, 29));
    expect(shown).toEqual([]);
    c.clock.advance(MIN);
    expect(shown).toEqual(['A conversation you planned starts in 30 minutes.']);
  });

  it('tells on unlock which conversations came due while Mend was locked', async () => {
    await c.as('alex');
    await c.call('conversations.dueNotice', {});
    await c.call('conversations.schedule', weekly);
    await c.call('vault.lock', {});
    c.clock.set(Date.UTC(2026, 5, 29, 9));
    await c.as('alex');
    // The app-start banner peeks without using the notice up.
    expect((await c.call('conversations.dueNotice', { peek: true })).items).toHaveLength(2);
    const due = await c.call('conversations.dueNotice', {});
    expect(due.items.map((o) => new Date(o.startsAt).toISOString())).toEqual(['2026-06-21T17:00:00.000Z', '2026-06-28T17:00:00.000Z']);
    expect((await c.call('conversations.dueNotice', {})).items).toEqual([]);
  });

  it('exports an .ics file through the save dialog', async () => {
    await c.as('alex');
    const s = await c.call('conversations.schedule', weekly);
    expect(await c.call('conversations.exportIcs', { seriesId: s.id })).toEqual({ saved: true });
    const ics = c.lastSaved().bytes.toString();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('RRULE:FREQ=WEEKLY');
    expect(ics).not.toContain(weekly.purpose);
  });

  it('skips and cancels', async () => {
    await c.as('alex');
    const s = await c.call('conversations.schedule', weekly);
    const [o] = (await c.call('conversations.upcoming', {})).items;
    const conv = await c.call('conversations.open', { seriesId: s.id, startsAt: o!.startsAt });
    expect((await c.call('conversations.skip', { id: conv.id })).status).toBe('skipped');
    await expect(c.call('conversations.start', { id: conv.id })).rejects.toMatchObject({ code: 'conflict' });
    await c.call('conversations.cancelSeries', { id: s.id });
    expect((await c.call('conversations.upcoming', {})).items).toEqual([]);
  });
});

describe('agreements and boundaries', () => {
  it('agreement status moves only along sensible paths and keeps its history', async () => {
    await c.as('alex');
    const a = await c.call('agreements.create', { conversationId: null, text: 'Phone-free dinners', owner: 'both', dueOn: null, followUpOn: null, today: '2026-06-15' });
    const missed = await c.call('agreements.setStatus', { id: a.id, status: 'missed', note: 'Busy week' });
    await expect(c.call('agreements.setStatus', { id: a.id, status: 'kept' })).rejects.toMatchObject({ code: 'conflict' });
    const reneg = await c.call('agreements.setStatus', { id: a.id, status: 'renegotiated', note: 'Weekends only' });
    const kept = await c.call('agreements.setStatus', { id: a.id, status: 'kept' });
    expect(missed.history.map((h) => h.status)).toEqual(['open', 'missed']);
    expect(reneg.status).toBe('renegotiated');
    expect(kept.history.map((h) => h.status)).toEqual(['open', 'missed', 'renegotiated', 'kept']);
    expect((await c.call('agreements.list', { status: 'kept' })).items).toHaveLength(1);
  });

  it('keeps a register of boundaries with crossings, redress and renewed commitment', async () => {
    await c.as('alex');
    const b = await c.call('boundaries.create', { area: 'privacy', text: 'We ask before reading each other’s messages.', agreedOn: '2026-06-01', revisitOn: '2026-12-01' });
    const crossed = await c.call('boundaries.recordCrossing', { id: b.id, crossing: { on: '2026-06-10', what: 'Read a message without asking', redress: 'Talked it through', renewedCommitment: 'Ask first, always' } });
    expect(crossed.crossings).toHaveLength(1);
    await c.call('vault.lock', {});
    await c.as('alex');
    expect((await c.call('boundaries.list', {})).items[0]).toMatchObject({ area: 'privacy', crossings: [{ renewedCommitment: 'Ask first, always' }] });
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it('refuses impossible plans, unknown owners and past follow-ups', async () => {
    await c.as('alex');
    const bad = async (channel: string, input: unknown) => {
      const r = await c.core.dispatch(channel, input);
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
      return r.ok ? '' : r.error.message;
    };
    expect(await bad('conversations.schedule', { ...weekly, durationMinutes: 0 })).toMatch(/at least 10 minutes/);
    expect(await bad('conversations.schedule', { ...weekly, timeZone: 'Mars/Olympus' })).toMatch(/time zone/);
    expect(await bad('conversations.schedule', { ...weekly, startTime: '25:00' })).toMatch(/19:00/);
    expect(await bad('conversations.schedule', { ...weekly, purpose: '' })).toMatch(/one sentence/);
    expect(await bad('agreements.create', { conversationId: null, text: 'x', owner: 'neighbour', dueOn: null, followUpOn: null, today: '2026-06-15' })).toMatch(/who this agreement belongs to/);
    expect(await bad('agreements.create', { conversationId: null, text: 'x', owner: 'me', dueOn: null, followUpOn: '2026-06-01', today: '2026-06-15' })).toMatch(/past/);
    expect(await bad('boundaries.create', { area: 'time', text: 'x', agreedOn: '2026-06-10', revisitOn: '2026-06-01' })).toMatch(/after/);
    expect(await bad('conversations.pause', { id: 'a'.repeat(26), minutes: 5 })).toMatch(/at least 20 minutes/);
    expect((await c.call('conversations.listSeries', {})).items).toEqual([]);
    expect((await c.call('agreements.list', {})).items).toEqual([]);
    expect((await c.call('boundaries.list', {})).items).toEqual([]);
  });
});

describe('the calm-start words', () => {
  it('are kept, encrypted, between conversations and across locks', async () => {
    await c.as('alex');
    expect((await c.call('vault.getSettings', {})).calmStartScript).toBe('');
    await c.call('vault.updateSettings', { calmStartScript: 'We hold hands first.' });
    await c.as('alex');
    expect((await c.call('vault.getSettings', {})).calmStartScript).toBe('We hold hands first.');
    expect((await c.core.dispatch('vault.updateSettings', { calmStartScript: 'x'.repeat(2001) })).ok).toBe(false);
  });
});
