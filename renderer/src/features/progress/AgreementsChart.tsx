import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/contract/progress';
import { ChartCard } from './ChartCard';
import { tipFor } from './ChartTip';
import { DataTable } from './DataTable';
import type { ChartLook } from './useChartLook';

type Status = keyof Insights['agreements'];
interface Row {
  status: Status;
  label: string;
  count: number;
}

/** Kept first, missed last; "missed" is a plain word here, and its colour is a soft clay, not red. */
const ORDER: readonly { status: Status; label: string }[] = [
  { status: 'kept', label: 'Kept' },
  { status: 'open', label: 'Still open' },
  { status: 'renegotiated', label: 'Renegotiated' },
  { status: 'missed', label: 'Missed' },
];

const AgreementTip = tipFor<Row>((r) => (
  <>
    <span className="chart-tip__title">{r.label}</span>
    <span>
      {r.count} agreement{r.count === 1 ? '' : 's'}
    </span>
  </>
));

/** Agreements made together, by where each one stands now. */
export function AgreementsChart({ insights, look }: { insights: Insights; look: ChartLook }) {
  const { palette, animate } = look;
  const rows: Row[] = ORDER.map((o) => ({ ...o, count: insights.agreements[o.status] }));
  const hasData = rows.some((r) => r.count > 0);
  return (
    <ChartCard
      testId="chart-agreements"
      title="Agreements"
      caption={insights.captions.agreements}
      chart={
        hasData ? (
          <BarChart
            responsive
            layout="vertical"
            data={rows}
            style={{ width: '100%', height: 176 }}
            margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
            barCategoryGap="26%"
            accessibilityLayer={false}
          >
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis
              type="category"
              dataKey="label"
              tick={{ fill: palette.axis, fontSize: 13 }}
              width={104}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip content={AgreementTip} cursor={{ fill: palette.cursor }} isAnimationActive={animate} />
            <Bar
              dataKey="count"
              name="Agreements"
              radius={[0, 4, 4, 0]}
              maxBarSize={22}
              isAnimationActive={animate}
              label={{ position: 'right', fill: palette.axis, fontSize: 13 }}
            >
              {rows.map((r) => (
                <Cell key={r.status} fill={palette[r.status]} />
              ))}
            </Bar>
          </BarChart>
        ) : (
          <p className="chart-card__placeholder">Agreements you make together will be tracked here.</p>
        )
      }
      table={
        <DataTable
          caption="Agreements by where they stand"
          rows={rows}
          rowKey={(r) => r.status}
          columns={[
            { header: 'Where it stands', cell: (r) => r.label },
            { header: 'Agreements', cell: (r) => r.count, numeric: true },
          ]}
        />
      }
    />
  );
}
