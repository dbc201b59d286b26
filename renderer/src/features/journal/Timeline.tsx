import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { firstDayOfWeek } from './dates';
import { EntryRow } from './EntryRow';
import { offsetWithin, scrollParentOf } from './scrollParent';
import { buildTimelineRows, type TimelineRow } from './timelineRows';

/**
 * Where the person was, by entry rather than by pixel (row heights are only known once drawn):
 * the entry they opened, shown in the middle on return, or the first one they could see.
 */
export interface TimelinePlace {
  anchorId: string;
  align: 'start' | 'center';
}

interface TimelineProps {
  items: readonly EntrySummary[];
  hasMore: boolean;
  onLoadMore(): void;
  onOpen(id: string): void;
  place: TimelinePlace | null;
  onLeave(place: TimelinePlace | null): void;
  /** Height of the sticky toolbar above the list, which rows must not hide behind. */
  stickyTop: number;
}

const ESTIMATES: Record<TimelineRow['type'], number> = { month: 72, week: 44, entry: 132, more: 64 };
/** Start fetching the next page this many rows before the end, so scrolling never hits a wall. */
const PREFETCH_ROWS = 40;

/**
 * The timeline, virtualised: only the rows near the viewport exist in the DOM, so ten thousand
 * entries scroll as smoothly as ten. It shares the shell's scrollbar; `scrollMargin` tells the
 * virtualiser how far down that scrolling area the list begins.
 */
export function Timeline({ items, hasMore, onLoadMore, onOpen, place, onLeave, stickyTop }: TimelineProps) {
  const listRef = useRef<HTMLElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const firstDay = useMemo(firstDayOfWeek, []);
  const rows = useMemo(() => buildTimelineRows(items, hasMore, firstDay), [items, hasMore, firstDay]);

  useLayoutEffect(() => {
    setScroller(scrollParentOf(listRef.current));
  }, []);

  // Whatever sits above the list (filters, notices) can change height; keep the margin true.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !scroller) return;
    const measure = () => setMargin(offsetWithin(list, scroller));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [scroller]);

  // TanStack Virtual hands back a mutable instance; nothing here is memoised by the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: (i) => ESTIMATES[rows[i]?.type ?? 'entry'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    scrollMargin: margin,
    scrollPaddingStart: stickyTop,
  });

  // Come back to where the person was; once, as soon as that entry is among the loaded rows and
  // the list knows where it starts.
  const restored = useRef(place === null);
  useLayoutEffect(() => {
    if (restored.current || !scroller || !place || margin === 0) return;
    const index = rows.findIndex((r) => r.type === 'entry' && r.key === place.anchorId);
    if (index < 0) {
      if (!hasMore) restored.current = true;
      return;
    }
    restored.current = true;
    virtualizer.scrollToIndex(index, { align: place.align });
  }, [scroller, rows, hasMore, place, virtualizer, margin]);

  // Remembered as the page goes away (a layout cleanup, so the rows are still where they were).
  const opened = useRef<string | null>(null);
  const latest = useRef({ rows, stickyTop, onLeave });
  useLayoutEffect(() => {
    latest.current = { rows, stickyTop, onLeave };
  });
  useLayoutEffect(() => {
    if (!scroller) return;
    return () => {
      const { rows: now, stickyTop: top, onLeave: report } = latest.current;
      if (opened.current) return report({ anchorId: opened.current, align: 'center' });
      const visibleFrom = scroller.scrollTop + top;
      const first = virtualizer.getVirtualItems().find((v) => now[v.index]?.type === 'entry' && v.end > visibleFrom);
      report(first && scroller.scrollTop > 0 ? { anchorId: String(first.key), align: 'start' } : null);
    };
  }, [scroller, virtualizer]);

  const open = (id: string) => {
    opened.current = id;
    onOpen(id);
  };

  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, lastIndex, rows.length, onLoadMore]);

  /** Arrow keys move between entries, scrolling rows into existence when they are not drawn yet. */
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    if (!target.classList.contains('entry-row__open')) return;
    const at = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (!Number.isFinite(at)) return;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    let next = at + step;
    while (next >= 0 && next < rows.length && rows[next]?.type !== 'entry') next += step;
    if (next < 0 || next >= rows.length) return;
    e.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusRow(next, 0);
  }

  function focusRow(index: number, attempt: number) {
    requestAnimationFrame(() => {
      const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .entry-row__open`);
      if (button) button.focus({ preventScroll: true });
      else if (attempt < 8) focusRow(index, attempt + 1);
    });
  }

  return (
    <section
      ref={listRef}
      className="timeline"
      aria-label="Your entries, newest first"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {virtualItems.map((v) => {
        const row = rows[v.index];
        if (!row) return null;
        return (
          <div
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className={`timeline__item timeline__item--${row.type}`}
            style={{ transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
          >
            <RowView row={row} onOpen={open} />
          </div>
        );
      })}
    </section>
  );
}

function RowView({ row, onOpen }: { row: TimelineRow; onOpen(id: string): void }) {
  switch (row.type) {
    case 'month':
      return <h2 className="timeline__month">{row.label}</h2>;
    case 'week':
      return <h3 className="timeline__week">{row.label}</h3>;
    case 'entry':
      return <EntryRow entry={row.entry} onOpen={onOpen} />;
    case 'more':
      return <p className="timeline__more">Loading earlier entries…</p>;
  }
}
