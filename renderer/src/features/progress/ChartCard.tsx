import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';

interface ChartCardProps {
  /** A few words naming the chart, for heading navigation. */
  title: string;
  /** The core's plain-language sentence: what the picture says, for everyone. */
  caption: string;
  /** A key or note under the picture (legend, what "earlier" means); it goes where the picture goes. */
  note?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /**
   * Most pictures are hidden from screen readers, which get the table instead (always present,
   * visually hidden until asked for). The mood calendar labels each day itself, so it says so here.
   */
  chartIsLabelled?: boolean;
  testId?: string;
}

/** One picture of progress: its sentence first, then the picture, and the same numbers as a table on request. */
export function ChartCard({ title, caption, note, chart, table, chartIsLabelled = false, testId }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const captionId = useId();

  return (
    <section className="chart-card" aria-labelledby={titleId} aria-describedby={captionId} data-testid={testId}>
      <header className="chart-card__header">
        <h2 className="chart-card__title" id={titleId}>
          {title}
        </h2>
        <p className="chart-card__caption" id={captionId}>
          {caption}
        </p>
      </header>
      {asTable ? (
        // A long table scrolls inside the card; the region can take focus so it scrolls by keyboard too.
        <div className="chart-card__table" role="region" aria-label={`${title}, as a table`} tabIndex={0}>
          {table}
        </div>
      ) : (
        <>
          <div className="chart-card__visual" aria-hidden={chartIsLabelled ? undefined : true}>
            {chart}
            {note ? <div className="chart-card__note">{note}</div> : null}
          </div>
          {chartIsLabelled ? null : <div className="visually-hidden">{table}</div>}
        </>
      )}
      <div className="chart-card__actions">
        <Button variant="link" onClick={() => setAsTable((v) => !v)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
    </section>
  );
}
