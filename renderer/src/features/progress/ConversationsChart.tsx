import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { Legend, tipFor } from './ChartTip';
import { DataTable } from './DataTable';
import { monthLabel, shortMonthLabel } from './dates';
import type { ChartLook } from './useChartLook';

type Month = Insights['conversations'][number];

const ConversationTip = tipFor<Month>((m) => (
  <>
    <span className="chart-tip__title">{monthLabel(m.month)}</span>
    <span>Planned: {m.planned}</span>
    <span>Held: {m.held}</span>
  </>
));

/** Conversations planned and held, month by month. Held ones are the strong colour: they are what counts. */
export function ConversationsChart({ insights, look }: { insights: Insights; look: ChartLook }) {
  const { palette, animate } = look;
  const months = insights.conversations;
  const hasData = months.some((m) => m.planned > 0);
  return (
    <ChartCard
      testId="chart-conversations"
      title="Conversations"
      caption={insights.captions.conversations}
      chart={
        hasData ? (
          <BarChart
            responsive
            data={months}
            style={{ width: '100%', height: 200 }}
            margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
            barGap={3}
            barCategoryGap="28%"
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={palette.grid} vertical={false} />
            <XAxis
              dataKey="month"
              tickFormatter={shortMonthLabel}
              tick={{ fill: palette.axis, fontSize: 12 }}
              stroke={palette.grid}
              tickLine={false}
            />
            <YAxis allowDecimals={false} tick={{ fill: palette.axis, fontSize: 12 }} width={32} axisLine={false} tickLine={false} />
            <Tooltip content={ConversationTip} cursor={{ fill: palette.cursor }} isAnimationActive={animate} />
            <Bar
              dataKey="planned"
              name="Planned"
              fill={palette.planned}
              radius={[3, 3, 0, 0]}
              maxBarSize={22}
              isAnimationActive={animate}
            />
            <Bar dataKey="held" name="Held" fill={palette.held} radius={[3, 3, 0, 0]} maxBarSize={22} isAnimationActive={animate} />
          </BarChart>
        ) : (
          <p className="chart-card__placeholder">Conversations you plan in Mend will appear here, month by month.</p>
        )
      }
      note={
        <Legend
          items={[
            { label: 'Planned', colorClass: 'swatch--planned' },
            { label: 'Held', colorClass: 'swatch--held' },
          ]}
        />
      }
      table={
        <DataTable
          caption="Conversations planned and held each month"
          rows={months}
          rowKey={(m) => m.month}
          columns={[
            { header: 'Month', cell: (m) => monthLabel(m.month) },
            { header: 'Planned', cell: (m) => m.planned, numeric: true },
            { header: 'Held', cell: (m) => m.held, numeric: true },
          ]}
        />
      }
    />
  );
}
