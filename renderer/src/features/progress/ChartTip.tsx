import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';

/**
 * A recharts tooltip drawn in Mend's style. The hover note is a convenience for mouse users only:
 * everything it says is also in the chart's table.
 */
export function tipFor<Row>(render: (row: Row) => ReactNode) {
  return function ChartTip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as Row | undefined;
    if (!active || !row) return null;
    return <div className="chart-tip">{render(row)}</div>;
  };
}

/** A legend the page draws itself (recharts' legend cannot take Mend's type and spacing). */
export function Legend({ items }: { items: readonly { label: string; colorClass: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <span className={`chart-legend__swatch ${i.colorClass}`} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
