import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { tipFor } from './ChartTip';
import { DataTable } from './DataTable';
import { dayLabel, shortDay } from './dates';
import { MOOD_LABELS, moodText } from './moods';
import type { ChartLook } from './useChartLook';

type Week = Insights['weeks'][number];

const MoodTip = tipFor<Week>((w) => (
  <>
    <span className="chart-tip__title">Week of {dayLabel(w.week)}</span>
    <span>{moodText(w.avgMood)}</span>
  </>
));

/** The week-by-week average mood, 1–5, named in words rather than numbers. */
export function MoodTrendChart({ insights, look }: { insights: Insights; look: ChartLook }) {
  const { palette, animate } = look;
  const weeks = insights.weeks;
  const noted = weeks.filter((w) => w.avgMood !== null);
  return (
    <ChartCard
      testId="chart-mood"
      title="Mood, week by week"
      caption={insights.captions.mood}
      chart={
        noted.length === 0 ? (
          <p className="chart-card__placeholder">Weeks where you note a mood will draw a line here.</p>
        ) : (
          <LineChart
            responsive
            data={weeks}
            className="chart"
            style={{ width: '100%', height: 240 }}
            margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={palette.grid} vertical={false} />
            <XAxis
              dataKey="week"
              tickFormatter={shortDay}
              tick={{ fill: palette.axis, fontSize: 12 }}
              stroke={palette.grid}
              tickLine={false}
              minTickGap={28}
            />
            <YAxis
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tickFormatter={(v: number) => MOOD_LABELS[v - 1] ?? ''}
              tick={{ fill: palette.axis, fontSize: 12 }}
              width={84}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip content={MoodTip} cursor={{ stroke: palette.cursor }} isAnimationActive={animate} />
            <Line
              type="monotone"
              dataKey="avgMood"
              stroke={palette.mood}
              strokeWidth={2.5}
              dot={{ r: 3, fill: palette.mood, strokeWidth: 0 }}
              activeDot={{ r: 5 }}
              connectNulls
              isAnimationActive={animate}
            />
          </LineChart>
        )
      }
      note={<p>Weeks without a mood are simply skipped; the line joins the weeks you noted one.</p>}
      table={
        <DataTable
          caption="Average mood each week"
          rows={weeks}
          rowKey={(w) => w.week}
          columns={[
            { header: 'Week of', cell: (w) => dayLabel(w.week) },
            { header: 'Average mood', cell: (w) => moodText(w.avgMood) },
            { header: 'Entries', cell: (w) => w.entries, numeric: true },
          ]}
        />
      }
    />
  );
}
