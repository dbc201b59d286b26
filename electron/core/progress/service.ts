import type { Insights, MonthReview } from '../../../shared/contract/progress';
import { emotionLabel } from '../../../shared/domain/emotions';
import { KIND_LABELS, type EntrySummary } from '../../../shared/domain/entry';
import { addDays } from '../../../shared/domain/zoned-time';
import { MendError } from '../../../shared/errors';
import type { ConversationService } from '../conversations/service';
import type { JournalService } from '../journal/service';
import type { Dialogs, Printer } from '../ports';
import { computeInsights } from './insights';
import { monthLabel, monthsBefore } from './weeks';

const DAY = 86_400_000;

export class ProgressService {
  constructor(
    private readonly journal: JournalService,
    private readonly conversations: ConversationService,
    private readonly dialogs: Dialogs,
    private readonly printer: Printer | undefined,
  ) {}

  insights(today: string, months: number): Insights {
    const from = monthsBefore(today, Math.max(months, 12));
    return computeInsights({
      today,
      months,
      entries: this.journal.allSummaries(),
      // A day of slack on both sides: local dates can differ from UTC by up to 14 hours.
      occurrences: this.conversations.occurrencesWithLocalDate(Date.parse(from) - DAY, Date.parse(today) + 2 * DAY),
      agreements: this.conversations.listAgreements().items,
    });
  }

  month(month: string): MonthReview {
    const first = `${month}-01`;
    const last = addDays(monthsBefore(first, -1), -1);
    const entries = this.journal.allSummaries().filter((e) => e.trashedAt === null && e.happenedOn >= first && e.happenedOn <= last);
    const byKind: Record<string, number> = {};
    for (const e of entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const moods = entries.flatMap((e) => (e.mood === null ? [] : [e.mood]));
    const emotionCounts = new Map<string, number>();
    for (const e of entries) for (const x of e.emotions) emotionCounts.set(x, (emotionCounts.get(x) ?? 0) + 1);
    const recurringEmotions = [...emotionCounts.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([emotion, count]) => ({ emotion, label: emotionLabel(emotion), count }));
    const conversations = this.conversations
      .occurrencesWithLocalDate(Date.parse(first) - DAY, Date.parse(last) + 2 * DAY)
      .filter((o) => o.localDate >= first && o.localDate <= last)
      .map((o) => ({ startsAt: o.startsAt, kind: o.kind, status: o.status }));
    const agreements = this.conversations.listAgreements().items;
    const inMonth = (ms: number) => {
      const d = new Date(ms).toISOString().slice(0, 10);
      return d >= first && d <= last;
    };
    const agreementsMade = agreements.filter((a) => inMonth(a.createdAt)).length;
    const agreementsKept = agreements.filter((a) => a.history.some((h) => h.status === 'kept' && inMonth(h.at))).length;
    const smallRecoveries = entries.filter((e) => e.kind === 'small-recovery');
    const avgMood = moods.length ? Math.round((moods.reduce((a, b) => a + b, 0) / moods.length) * 10) / 10 : null;
    return {
      month,
      entries: entries.length,
      byKind,
      avgMood,
      smallRecoveries: this.journal.withExcerpts(smallRecoveries),
      recurringEmotions,
      conversations,
      agreementsMade,
      agreementsKept,
      summary: monthSummary(month, entries, smallRecoveries.length, conversations.filter((c) => c.status === 'held').length),
    };
  }

  onThisDay(today: string): { items: { monthsAgo: number; date: string; entries: EntrySummary[] }[] } {
    const all = this.journal.allSummaries().filter((e) => e.trashedAt === null);
    return {
      items: [1, 3, 6, 12].map((monthsAgo) => {
        const date = monthsBefore(today, monthsAgo);
        return { monthsAgo, date, entries: this.journal.withExcerpts(all.filter((e) => e.happenedOn === date)) };
      }),
    };
  }

  async printMonth(month: string): Promise<{ saved: boolean }> {
    if (!this.printer) throw new MendError('internal', 'Printing is not available here.');
    const pdf = await this.printer.printToPdf();
    const path = await this.dialogs.saveFile({ suggestedName: `Mend - ${monthLabel(month)}.pdf`, data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    return { saved: path !== null };
  }
}

function monthSummary(month: string, entries: readonly EntrySummary[], recoveries: number, held: number): string {
  if (entries.length === 0 && held === 0) return `Nothing was written in ${monthLabel(month)}. Quiet months are part of it too.`;
  const parts = [`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`];
  if (recoveries) parts.push(`${recoveries} small recover${recoveries === 1 ? 'y' : 'ies'}`);
  if (held) parts.push(`${held} conversation${held === 1 ? '' : 's'} held`);
  const setbacks = entries.filter((e) => e.kind === 'setback').length;
  const tail = setbacks ? ` ${KIND_LABELS.setback}s were written about too — naming them is part of repair.` : '';
  return `${monthLabel(month)}: ${parts.join(', ')}.${tail}`;
}
