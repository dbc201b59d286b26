import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { DataTable } from './DataTable';
import { dayLabel, shortDay } from './dates';
import type { CheckInWeek } from './useCheckInWeeks';

function stateOf(w: CheckInWeek): string {
  if (w.held) return 'Met for a check-in';
  if (w.current) return 'This week — still ahead';
  return 'No check-in';
}

/**
 * The last eight weeks as a quiet line of dots: a filled one for each week you met, joined while
 * the weeks run together. Nothing is counted against a week without one, and nothing is red.
 */
export function CheckInLine({ insights, weeks }: { insights: Insights; weeks: CheckInWeek[] | null }) {
  return (
    <ChartCard
      testId="chart-checkins"
      title="Weekly check-ins"
      caption={insights.captions.checkIns}
      chart={
        weeks === null ? (
          <p className="chart-card__placeholder">Your last eight weeks will appear here.</p>
        ) : (
          <ol className="checkin-line">
            {weeks.map((w, i) => {
              const joined = w.held && weeks[i - 1]?.held === true;
              return (
                <li
                  key={w.week}
                  className="checkin-line__week"
                  data-held={w.held || undefined}
                  data-current={w.current || undefined}
                  data-joined={joined || undefined}
                >
                  <span className="checkin-line__dot" />
                  <span className="checkin-line__label">{shortDay(w.week)}</span>
                </li>
              );
            })}
          </ol>
        )
      }
      note={<p>Each dot is a week, starting on a Monday; the last one is this week.</p>}
      table={
        <DataTable
          caption="Weekly check-ins over the last eight weeks"
          rows={weeks ?? []}
          rowKey={(w) => w.week}
          empty="The weeks could not be read just now."
          columns={[
            { header: 'Week of', cell: (w) => dayLabel(w.week) },
            { header: 'Check-in', cell: stateOf },
          ]}
        />
      }
    />
  );
}
