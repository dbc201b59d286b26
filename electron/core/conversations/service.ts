import { MendError } from '../../../shared/errors';
import {
  AGREEMENT_TRANSITIONS,
  MIN_PAUSE_MINUTES,
  type Agreement,
  type Boundary,
  type Conversation,
  type Occurrence,
  type Prep,
  type Series,
  type SeriesInput,
} from '../../../shared/domain/conversation';
import type { Agenda } from '../../../shared/contract';
import type { z } from 'zod';
import type { AgreementInput, BoundaryInput, Crossing } from '../../../shared/domain/conversation';
import type { Sodium } from '../crypto/sodium';
import { randomId } from '../ids';
import type { JournalService } from '../journal/service';
import type { PartnerService } from '../partner/service';
import type { Clock, Dialogs, Notifier } from '../ports';
import { isDamaged, type RecordStore } from '../records/store';
import type { VaultService } from '../vault/service';
import { utcToZoned } from '../../../shared/domain/zoned-time';
import { seriesToIcs } from './ics';
import { occurrencesBetween } from './recurrence';
import { ReminderScheduler } from './reminders';

const SERIES = 'conv-series';
const CONVERSATION = 'conversation';
const AGREEMENT = 'agreement';
const BOUNDARY = 'boundary';
const STATE = 'conv-state';
const STATE_ID = 'conv-state';
const DAY = 86_400_000;
const REMINDER_HORIZON_DAYS = 14;

type StoredSeries = Omit<Series, 'id'>;
type StoredConversation = Omit<Conversation, 'id'>;
type StoredAgreement = Omit<Agreement, 'id'>;
type StoredBoundary = Omit<Boundary, 'id'>;

const emptyPrep = (purpose: string): Prep => ({ purpose, entryIds: [], iStatements: [], appreciations: '', needs: '', readiness: { calmEnough: null, note: '' } });

/**
 * Repair conversations: planning (series of occurrences), preparing in private, holding the
 * frame (turns, the pause rule), and following up on agreements and boundaries.
 */
export class ConversationService {
  readonly reminders: ReminderScheduler;

  constructor(
    private readonly vaults: VaultService,
    private readonly journal: JournalService,
    private readonly partner: PartnerService,
    private readonly sodium: Sodium,
    private readonly clock: Clock,
    notifier: Notifier,
    private readonly dialogs: Dialogs,
  ) {
    this.reminders = new ReminderScheduler(clock, notifier);
    // The reminder plan is recomputed whenever the schedule can be read; it survives locking.
    vaults.onUnlock(() => {
      try {
        this.replanReminders();
      } catch {
        // A damaged series must not stop unlocking; reminders are rebuilt on the next change.
      }
    });
  }

  // ---- series --------------------------------------------------------------------------------

  schedule(input: SeriesInput): Series {
    const id = randomId();
    const s: StoredSeries = { ...input, createdAt: this.clock.now(), cancelledAt: null };
    this.store().put(SERIES, id, s);
    this.replanReminders();
    return { id, ...s };
  }

  updateSeries(id: string, input: SeriesInput): Series {
    const current = this.requireSeries(id);
    const s: StoredSeries = { ...current, ...input };
    this.store().put(SERIES, id, s);
    this.replanReminders();
    return { id, ...s };
  }

  cancelSeries(id: string): Series {
    const current = this.requireSeries(id);
    const s: StoredSeries = { ...current, cancelledAt: this.clock.now() };
    this.store().put(SERIES, id, s);
    this.replanReminders();
    return { id, ...s };
  }

  listSeries(): { items: Series[] } {
    return { items: this.allSeries().sort((a, b) => a.createdAt - b.createdAt) };
  }

  upcoming(days: number, pastDays: number): { items: Occurrence[] } {
    const now = this.clock.now();
    return { items: this.occurrences(now - pastDays * DAY, now + days * DAY) };
  }

  dueNotice(peek = false): { items: Occurrence[] } {
    const store = this.store();
    const now = this.clock.now();
    const state = store.get<{ lastSeenAt: number }>(STATE, STATE_ID)?.value;
    if (!peek || !state) store.put(STATE, STATE_ID, { lastSeenAt: state && peek ? state.lastSeenAt : now });
    if (!state) return { items: [] };
    const items = this.occurrences(state.lastSeenAt, now).filter((o) => o.status === 'planned');
    return { items };
  }

  async exportIcs(seriesId: string): Promise<{ saved: boolean }> {
    const s = this.requireSeries(seriesId);
    const text = seriesToIcs({ id: seriesId, ...s }, this.clock.now());
    const path = await this.dialogs.saveFile({
      suggestedName: 'Mend conversation.ics',
      data: new TextEncoder().encode(text),
      filters: [{ name: 'Calendar', extensions: ['ics'] }],
    });
    return { saved: path !== null };
  }

  // ---- one conversation ----------------------------------------------------------------------

  open(seriesId: string, startsAt: number): Conversation {
    const series = this.requireSeries(seriesId);
    const existing = this.allConversations().find((c) => c.seriesId === seriesId && c.startsAt === startsAt);
    if (existing) return existing;
    const slot = occurrencesBetween(series, startsAt, startsAt + 1)[0];
    if (!slot) throw new MendError('not_found', 'That conversation is not on the schedule.');
    const id = randomId();
    const c: StoredConversation = {
      seriesId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      kind: series.kind,
      status: 'planned',
      prep: emptyPrep(series.purpose),
      startedAt: null,
      endedAt: null,
      pauses: [],
      notes: '',
      wentWell: '',
    };
    this.store().put(CONVERSATION, id, c);
    return { id, ...c };
  }

  get(id: string): Conversation {
    return this.requireConversation(id);
  }

  savePrep(id: string, prep: Prep): Conversation {
    const c = this.requireConversation(id);
    for (const entryId of prep.entryIds) this.journal.get(entryId); // each must exist (throws not_found)
    return this.write({ ...c, prep });
  }

  agenda(id: string): Agenda {
    const c = this.requireConversation(id);
    const sharedForThis = new Set(this.partner.shareLog().items.filter((l) => l.conversationId === id).flatMap((l) => l.entryIds));
    const mineIds = [...new Set([...c.prep.entryIds, ...sharedForThis])];
    const mine = mineIds.flatMap((eid) => {
      try {
        const { body: _b, ...summary } = this.journal.get(eid);
        return [summary];
      } catch {
        return [];
      }
    });
    const partners = this.partner.listReceived(id).items;
    // Every open agreement comes back until it is kept, missed or renegotiated.
    const openAgreements = this.listAgreements().items.filter((a) => a.status === 'open' || a.status === 'renegotiated');
    return { conversation: c, purpose: c.prep.purpose, mine, partners, openAgreements };
  }

  start(id: string): Conversation {
    const c = this.requireConversation(id);
    if (c.status !== 'planned') throw new MendError('conflict', 'This conversation has already started.');
    return this.write({ ...c, status: 'in-progress', startedAt: this.clock.now() });
  }

  pause(id: string, minutes: number): Conversation {
    const c = this.requireConversation(id);
    if (c.status !== 'in-progress') throw new MendError('conflict', 'You can pause a conversation while it is going on.');
    const now = this.clock.now();
    return this.write({ ...c, status: 'paused', pauses: [...c.pauses, { startedAt: now, returnAt: now + Math.max(minutes, MIN_PAUSE_MINUTES) * 60_000, endedAt: null }] });
  }

  resume(id: string): Conversation {
    const c = this.requireConversation(id);
    const last = c.pauses[c.pauses.length - 1];
    if (c.status !== 'paused' || !last) throw new MendError('conflict', 'This conversation is not paused.');
    const now = this.clock.now();
    const earliest = last.startedAt + MIN_PAUSE_MINUTES * 60_000;
    if (now < earliest) {
      const left = Math.ceil((earliest - now) / 60_000);
      throw new MendError('conflict', `The pause lasts at least ${MIN_PAUSE_MINUTES} minutes so both of you can settle. ${left} minute${left === 1 ? '' : 's'} to go.`, { minutesLeft: left });
    }
    const pauses = [...c.pauses.slice(0, -1), { ...last, endedAt: now }];
    return this.write({ ...c, status: 'in-progress', pauses });
  }

  end(id: string, notes: string, wentWell: string): Conversation {
    const c = this.requireConversation(id);
    if (c.status !== 'in-progress' && c.status !== 'paused') throw new MendError('conflict', 'Start the conversation before ending it.');
    const now = this.clock.now();
    const pauses = c.pauses.map((p) => (p.endedAt === null ? { ...p, endedAt: now } : p));
    return this.write({ ...c, status: 'held', endedAt: now, pauses, notes, wentWell });
  }

  saveAfter(id: string, notes: string, wentWell: string): Conversation {
    const c = this.requireConversation(id);
    return this.write({ ...c, notes, wentWell });
  }

  skip(id: string): Conversation {
    const c = this.requireConversation(id);
    if (c.status !== 'planned') throw new MendError('conflict', 'Only a conversation that has not started can be skipped.');
    return this.write({ ...c, status: 'skipped' });
  }

  // ---- agreements and boundaries -------------------------------------------------------------

  createAgreement(input: z.infer<typeof AgreementInput>): Agreement {
    if (input.conversationId) this.requireConversation(input.conversationId);
    const id = randomId();
    const now = this.clock.now();
    const a: StoredAgreement = {
      conversationId: input.conversationId,
      text: input.text,
      owner: input.owner,
      dueOn: input.dueOn,
      followUpOn: input.followUpOn,
      status: 'open',
      createdAt: now,
      history: [{ at: now, status: 'open', note: '' }],
    };
    this.store().put(AGREEMENT, id, a);
    return { id, ...a };
  }

  setAgreementStatus(id: string, status: Agreement['status'], note: string): Agreement {
    const r = this.store().get<StoredAgreement>(AGREEMENT, id);
    if (!r) throw new MendError('not_found', 'That agreement is not in your journal.');
    const a = r.value;
    if (!AGREEMENT_TRANSITIONS[a.status].includes(status)) {
      throw new MendError('conflict', `An agreement that is ${a.status} cannot become ${status}. Renegotiate it instead.`);
    }
    const next: StoredAgreement = { ...a, status, history: [...a.history, { at: this.clock.now(), status, note }] };
    this.store().put(AGREEMENT, id, next);
    return { id, ...next };
  }

  listAgreements(status?: Agreement['status']): { items: Agreement[] } {
    const items = this.readAll<StoredAgreement>(AGREEMENT)
      .filter((a) => !status || a.status === status)
      .sort((a, b) => b.createdAt - a.createdAt);
    return { items };
  }

  createBoundary(input: z.infer<typeof BoundaryInput>): Boundary {
    const id = randomId();
    const b: StoredBoundary = { ...input, crossings: [], createdAt: this.clock.now() };
    this.store().put(BOUNDARY, id, b);
    return { id, ...b };
  }

  updateBoundary(id: string, input: z.infer<typeof BoundaryInput>): Boundary {
    const b = this.requireBoundary(id);
    const next: StoredBoundary = { ...b, ...input };
    this.store().put(BOUNDARY, id, next);
    return { id, ...next };
  }

  recordCrossing(id: string, crossing: z.infer<typeof Crossing>): Boundary {
    const b = this.requireBoundary(id);
    const next: StoredBoundary = { ...b, crossings: [...b.crossings, crossing] };
    this.store().put(BOUNDARY, id, next);
    return { id, ...next };
  }

  listBoundaries(): { items: Boundary[] } {
    return { items: this.readAll<StoredBoundary>(BOUNDARY).sort((a, b) => a.createdAt - b.createdAt) };
  }

  removeBoundary(id: string): null {
    this.requireBoundary(id);
    this.store().delete(id);
    return null;
  }

  // ---- internals -----------------------------------------------------------------------------

  private store(): RecordStore {
    return this.vaults.requireSession().store;
  }

  private readAll<T>(type: string): (T & { id: string })[] {
    return this.store()
      .list<T>(type)
      .flatMap((r) => (isDamaged(r) ? [] : [{ ...r.value, id: r.id }]));
  }

  private allSeries(): Series[] {
    return this.readAll<StoredSeries>(SERIES);
  }

  private allConversations(): Conversation[] {
    return this.readAll<StoredConversation>(CONVERSATION);
  }

  private requireSeries(id: string): StoredSeries {
    const r = this.store().get<StoredSeries>(SERIES, id);
    if (!r) throw new MendError('not_found', 'That conversation plan is not in your journal.');
    return r.value;
  }

  private requireConversation(id: string): Conversation {
    const r = this.store().get<StoredConversation>(CONVERSATION, id);
    if (!r) throw new MendError('not_found', 'That conversation is not in your journal.');
    return { id, ...r.value };
  }

  private requireBoundary(id: string): StoredBoundary {
    const r = this.store().get<StoredBoundary>(BOUNDARY, id);
    if (!r) throw new MendError('not_found', 'That boundary is not in your journal.');
    return r.value;
  }

  private write(c: Conversation): Conversation {
    const { id, ...rest } = c;
    this.store().put<StoredConversation>(CONVERSATION, id, rest);
    return c;
  }

  /** Occurrences with the local date in their series' zone, for Progress. */
  occurrencesWithLocalDate(fromMs: number, toMs: number): (Occurrence & { localDate: string })[] {
    const zones = new Map(this.allSeries().map((s) => [s.id, s.timeZone]));
    return this.occurrences(fromMs, toMs).map((o) => ({ ...o, localDate: utcToZoned(o.startsAt, zones.get(o.seriesId) ?? 'UTC').date }));
  }

  private occurrences(fromMs: number, toMs: number): Occurrence[] {
    const held = new Map(this.allConversations().map((c) => [`${c.seriesId}|${c.startsAt}`, c]));
    return this.allSeries()
      .filter((s) => s.cancelledAt === null)
      .flatMap((s) =>
        occurrencesBetween(s, fromMs, toMs).map((slot) => {
          const c = held.get(`${s.id}|${slot.startsAt}`);
          return { seriesId: s.id, ...slot, kind: s.kind, purpose: c?.prep.purpose || s.purpose, conversationId: c?.id ?? null, status: c?.status ?? 'planned' };
        }),
      )
      .sort((a, b) => a.startsAt - b.startsAt);
  }

  private replanReminders(): void {
    const now = this.clock.now();
    const plan = this.allSeries()
      .filter((s) => s.cancelledAt === null && s.reminderMinutesBefore !== null)
      .flatMap((s) =>
        occurrencesBetween(s, now, now + REMINDER_HORIZON_DAYS * DAY).map((o) => ({ at: o.startsAt - s.reminderMinutesBefore! * 60_000, minutesBefore: s.reminderMinutesBefore! })),
      );
    this.reminders.setPlan(plan);
  }
}
