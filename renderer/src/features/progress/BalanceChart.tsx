import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { Legend, tipFor } from './ChartTip';
import { DataTable } from './DataTable';
import { dayLabel, shortDay } from './dates';
import type { ChartLook } from './useChartLook';

type Week = Insights['weeks'][number];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const BalanceTip = tipFor<Week>((w) => (
  <>
    <span className="chart-tip__title">Week of {dayLabel(w.week)}</span>
    <span>{plural(w.recoveries, 'small recovery', 'small recoveries')}</span>
    <span>{plural(w.setbacks, 'setback', 'setbacks')}</span>
  </>
));

/**
 * Setbacks and small recoveries side by side, week by week. Setbacks are drawn in muted clay,
 * never red: writing one down is part of repair, not a failure.
 */
export function BalanceChart({ insights, look }: { insights: Insights; look: ChartLook }) {
  const { palette, animate } = look;
  const weeks = insights.weeks;
  const hasData = weeks.some((w) => w.setbacks + w.recoveries > 0);
  return (
    <ChartCard
      testId="chart-balance"
      title="Setbacks and small recoveries"
      caption={insights.captions.balance}
      chart={
        hasData ? (
          <BarChart
            responsive
            data={weeks}
            style={{ width: '100%', height: 220 }}
            margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
            barGap={1}
            barCategoryGap={weeks.length > 30 ? '12%' : '24%'}
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
            <YAxis allowDecimals={false} tick={{ fill: palette.axis, fontSize: 12 }} width={32} axisLine={false} tickLine={false} />
            <Tooltip content={BalanceTip} cursor={{ fill: palette.cursor }} isAnimationActive={animate} />
            <Bar
              dataKey="setbacks"
              name="Setbacks"
              fill={palette.setback}
              radius={[3, 3, 0, 0]}
              maxBarSize={14}
              isAnimationActive={animate}
            />
            <Bar
              dataKey="recoveries"
              name="Small recoveries"
              fill={palette.recovery}
              radius={[3, 3, 0, 0]}
              maxBarSize={14}
              isAnimationActive={animate}
            />
          </BarChart>
        ) : (
          <p className="chart-card__placeholder">Setbacks and small recoveries you write about will gather here, week by week.</p>
        )
      }
      note={
        <Legend
          items={[
            { label: 'Setbacks', colorClass: 'swatch--setback' },
            { label: 'Small recoveries', colorClass: 'swatch--recovery' },
          ]}
        />
      }
      table={
        <DataTable
          caption="Setbacks and small recoveries each week"
          rows={weeks}
          rowKey={(w) => w.week}
          columns={[
            { header: 'Week of', cell: (w) => dayLabel(w.week) },
            { header: 'Setbacks', cell: (w) => w.setbacks, numeric: true },
            { header: 'Small recoveries', cell: (w) => w.recoveries, numeric: true },
          ]}
        />
      }
    />
  );
}
