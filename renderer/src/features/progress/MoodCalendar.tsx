import { useId } from 'react';
import type { Insights } from '../../../../shared/contract/progress';
import { calendarGrid } from './calendarGrid';
import { ChartCard } from './ChartCard';
import { DataTable } from './DataTable';
import { dayLabel, longDay, shortMonthLabel } from './dates';
import { MOOD_LABELS, moodStep, moodText } from './moods';
import { monthsBefore } from './range';

/** Only Monday, Wednesday and Friday are named, as on most wall calendars: enough to find a day. */
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/**
 * A year of days as small squares, coloured by that day's mood; days without one stay a quiet
 * neutral (a gap is not a failure). Drawn with plain elements, each noted day labelled in words.
 */
export function MoodCalendar({ insights }: { insights: Insights }) {
  const from = monthsBefore(insights.to, 12);
  const grid = calendarGrid(from, insights.to, insights.moodCalendar);
  const labelId = useId();
  const columns = { gridTemplateColumns: `repeat(${grid.weeks.length}, minmax(0, 1fr))` };

  return (
    <ChartCard
      testId="chart-calendar"
      title="A year of moods"
      caption={insights.captions.calendar}
      chartIsLabelled
      chart={
        <div className="mood-calendar" role="group" aria-labelledby={labelId}>
          <p id={labelId} className="visually-hidden">
            Mood calendar from {dayLabel(from)} to {dayLabel(insights.to)}. Days with a mood are listed in order.
          </p>
          <div className="mood-calendar__months" style={columns} aria-hidden="true">
            {grid.months.map((m) => (
              <span key={m.month} className="mood-calendar__month" style={{ gridColumnStart: m.column + 1 }}>
                {shortMonthLabel(m.month)}
              </span>
            ))}
          </div>
          <div className="mood-calendar__body">
            <div className="mood-calendar__weekdays" aria-hidden="true">
              {WEEKDAYS.map((d, i) => (
                <span key={i}>{d}</span>
              ))}
            </div>
            <div className="mood-calendar__grid" style={columns}>
              {grid.weeks.flatMap((week) =>
                week.map((day) =>
                  day.outside ? (
                    <span key={day.date} className="mood-day mood-day--outside" aria-hidden="true" />
                  ) : day.avgMood === null ? (
                    <span key={day.date} className="mood-day" title={`${longDay(day.date)}: no mood noted`} aria-hidden="true" />
                  ) : (
                    <span
                      key={day.date}
                      className="mood-day"
                      data-mood={moodStep(day.avgMood)}
                      role="img"
                      aria-label={`${longDay(day.date)}: ${moodText(day.avgMood)}`}
                      title={`${longDay(day.date)}: ${moodText(day.avgMood)}`}
                    />
                  ),
                ),
              )}
            </div>
          </div>
        </div>
      }
      note={
        <ul className="mood-key" aria-label="Colour key">
          {MOOD_LABELS.map((label, i) => (
            <li key={label}>
              <span className="mood-day" data-mood={i + 1} aria-hidden="true" />
              {label}
            </li>
          ))}
          <li>
            <span className="mood-day" aria-hidden="true" />
            No mood noted
          </li>
        </ul>
      }
      table={
        <DataTable
          caption="Days with a mood noted, over the past year"
          rows={insights.moodCalendar}
          rowKey={(d) => d.date}
          empty="No moods noted yet this year."
          columns={[
            { header: 'Day', cell: (d) => longDay(d.date) },
            { header: 'Mood', cell: (d) => moodText(d.avgMood) },
          ]}
        />
      }
    />
  );
}
