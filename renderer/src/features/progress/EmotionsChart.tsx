import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { Legend, tipFor } from './ChartTip';
import { DataTable } from './DataTable';
import { addDays, dayLabel } from './dates';
import type { ChartLook } from './useChartLook';

type Shift = Insights['emotions']['shift'][number];

const EmotionTip = tipFor<Shift>((s) => (
  <>
    <span className="chart-tip__title">{s.label}</span>
    <span>Earlier: {s.earlier}</span>
    <span>Later: {s.later}</span>
  </>
));

/** The core splits the range at its middle day; the page says where, so "earlier" means something. */
function halves(from: string, to: string): { earlier: string; later: string } {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const mid = addDays(from, Math.floor(days / 2));
  return { earlier: `${dayLabel(from)} to ${dayLabel(addDays(mid, -1))}`, later: `${dayLabel(mid)} to ${dayLabel(to)}` };
}

/** The feelings named most often, each as two bars: the first half of the range, then the second. */
export function EmotionsChart({ insights, look }: { insights: Insights; look: ChartLook }) {
  const { palette, animate } = look;
  const shift = insights.emotions.shift;
  const counts = new Map(insights.emotions.top.map((t) => [t.emotion, t.count]));
  const h = halves(insights.from, insights.to);
  return (
    <ChartCard
      testId="chart-emotions"
      title="Feelings you named most"
      caption={insights.captions.emotions}
      chart={
        shift.length === 0 ? (
          <p className="chart-card__placeholder">The feelings you name in your entries will appear here.</p>
        ) : (
          <BarChart
            responsive
            layout="vertical"
            data={shift}
            style={{ width: '100%', height: Math.max(140, shift.length * 40 + 24) }}
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            barGap={2}
            barCategoryGap="24%"
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={palette.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: palette.axis, fontSize: 12 }} stroke={palette.grid} tickLine={false} />
            <YAxis
              type="category"
              dataKey="label"
              tick={{ fill: palette.axis, fontSize: 13 }}
              width={96}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip content={EmotionTip} cursor={{ fill: palette.cursor }} isAnimationActive={animate} />
            <Bar
              dataKey="earlier"
              name="Earlier"
              fill={palette.earlier}
              radius={[0, 3, 3, 0]}
              maxBarSize={12}
              isAnimationActive={animate}
            />
            <Bar dataKey="later" name="Later" fill={palette.later} radius={[0, 3, 3, 0]} maxBarSize={12} isAnimationActive={animate} />
          </BarChart>
        )
      }
      note={
        <>
          <Legend
            items={[
              { label: 'Earlier', colorClass: 'swatch--earlier' },
              { label: 'Later', colorClass: 'swatch--later' },
            ]}
          />
          <p>
            Earlier is {h.earlier}; later is {h.later}.
          </p>
        </>
      }
      table={
        <DataTable
          caption={`Feelings named, earlier (${h.earlier}) and later (${h.later})`}
          rows={shift}
          rowKey={(s) => s.emotion}
          columns={[
            { header: 'Feeling', cell: (s) => s.label },
            { header: 'Earlier', cell: (s) => s.earlier, numeric: true },
            { header: 'Later', cell: (s) => s.later, numeric: true },
            { header: 'In all', cell: (s) => counts.get(s.emotion) ?? s.earlier + s.later, numeric: true },
          ]}
        />
      }
    />
  );
}
