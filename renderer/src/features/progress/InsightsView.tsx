import { api } from '../../lib/api';
import { Notice } from '../../ui/Notice';
import { AgreementsChart } from './AgreementsChart';
import { BalanceChart } from './BalanceChart';
import { CheckInLine } from './CheckInLine';
import { ConversationsChart } from './ConversationsChart';
import { dayLabel } from './dates';
import { EmotionsChart } from './EmotionsChart';
import { MoodCalendar } from './MoodCalendar';
import { MoodTrendChart } from './MoodTrendChart';
import { RangeToggle } from './RangeToggle';
import type { Months } from './range';
import { useChartLook } from './useChartLook';
import { useCheckInWeeks } from './useCheckInWeeks';
import { useCoreData } from './useCoreData';

interface InsightsViewProps {
  today: string;
  months: Months;
  onMonthsChange: (months: Months) => void;
}

/** The pictures of the last few months, each with its sentence and its table. */
export function InsightsView({ today, months, onMonthsChange }: InsightsViewProps) {
  const { data: insights, loading, error } = useCoreData(`${today}|${months}`, () => api.progress.insights({ today, months }));
  const checkIns = useCheckInWeeks(today);
  const look = useChartLook();

  return (
    <div className="insights" aria-busy={loading}>
      <div className="insights__bar">
        <p className="insights__range" aria-live="polite">
          {insights ? `${dayLabel(insights.from)} to ${dayLabel(insights.to)}` : '\u00a0'}
        </p>
        <RangeToggle value={months} onChange={onMonthsChange} />
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      {insights ? (
        <div className="insights__charts">
          <MoodTrendChart insights={insights} look={look} />
          <BalanceChart insights={insights} look={look} />
          <EmotionsChart insights={insights} look={look} />
          <ConversationsChart insights={insights} look={look} />
          <AgreementsChart insights={insights} look={look} />
          <MoodCalendar insights={insights} />
          <CheckInLine insights={insights} weeks={checkIns} />
        </div>
      ) : null}
      <p className="insights__footnote">
        These pictures come only from what you wrote, and they stay on this computer. Nothing here is counted against you: quiet weeks are
        simply quiet.
      </p>
    </div>
  );
}
