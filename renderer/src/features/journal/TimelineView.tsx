import { useEffect, useMemo, useRef } from 'react';
import { useHeight } from './useHeight';
import { PlusIcon } from '../../ui/Icons';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Tooltip } from '../../ui/Tooltip';
import { DamagedNotice } from './DamagedNotice';
import { EmptyJournal } from './EmptyJournal';
import { FilterBar } from './FilterBar';
import { activeFilterCount, describeFilters, NO_FILTERS, toEntryFilters, type JournalFilters } from './filters';
import { KeyboardIcon, TrashIcon } from './icons';
import { SearchField } from './SearchField';
import { SearchResults } from './SearchResults';
import { ariaShortcut } from './shortcuts';
import type { NewEntryChoice } from './TemplateChooser';
import { Timeline, type TimelinePlace } from './Timeline';
// Progress feature: a look back at this date (renders nothing when there is nothing to show).
import { OnThisDay } from '../progress/OnThisDay';
import { todayIso } from './dates';
import { useFacets } from './useFacets';
import { useSearch, SEARCH_LIMIT } from './useSearch';
import { useTimeline } from './useTimeline';

/** How much of the timeline was loaded, and where the person was in it. */
export interface ScrollMemory {
  count: number;
  place: TimelinePlace | null;
}

interface TimelineViewProps {
  filters: JournalFilters;
  onFiltersChange(next: JournalFilters): void;
  query: string;
  onQueryChange(next: string): void;
  /** Bumped after every write, so lists and counts refresh. */
  version: number;
  /** Bumped by Ctrl/⌘+F or K: focus the search box. */
  focusSearch: number;
  scroll: ScrollMemory;
  onLeave(memory: ScrollMemory): void;
  onOpen(id: string): void;
  onNew(): void;
  onChoose(choice: NewEntryChoice): void;
  onShowTrash(): void;
  onShowShortcuts(): void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The journal's home: search and filters on top, then the timeline (or search results). */
export function TimelineView(p: TimelineViewProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [toolbarRef, toolbarHeight] = useHeight<HTMLDivElement>();
  const apiFilters = useMemo(() => toEntryFilters(p.filters, todayIso()), [p.filters]);
  const { data, loadMore, hasMore } = useTimeline(apiFilters, false, p.version, p.scroll.count);
  const facets = useFacets(p.version);
  const search = useSearch(p.query, apiFilters, p.version);
  const filtered = activeFilterCount(p.filters) > 0;
  const searching = p.query.trim().length > 0;

  useEffect(() => {
    if (p.focusSearch > 0) searchRef.current?.focus();
  }, [p.focusSearch]);

  const itemsCount = data.items.length;
  const onLeave = p.onLeave;
  const leave = useMemo(() => (place: TimelinePlace | null) => onLeave({ count: itemsCount, place }), [onLeave, itemsCount]);

  const journalIsEmpty = data.status === 'ready' && data.total === 0 && !filtered && (facets === null || facets.total === 0);
  const hitsCount = search.status === 'done' ? search.hits.length : null;

  let status = '';
  if (searching) {
    if (hitsCount !== null)
      status =
        hitsCount === 0
          ? 'No entries match'
          : hitsCount >= SEARCH_LIMIT
            ? `The ${SEARCH_LIMIT} best matches`
            : plural(hitsCount, 'entry matches', 'entries match');
  } else if (data.status === 'ready' && !journalIsEmpty) status = plural(data.total, 'entry', 'entries');

  const extras = (
    <div className="journal-toolbar__extras">
      <Button variant="quiet" onClick={p.onShowTrash}>
        <TrashIcon size={18} />
        Trash{facets && facets.trashed > 0 ? ` (${facets.trashed.toLocaleString()})` : ''}
      </Button>
      <Tooltip content="Keyboard shortcuts (?)">
        <Button variant="quiet" className="icon-button" onClick={p.onShowShortcuts} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
          <KeyboardIcon size={18} />
        </Button>
      </Tooltip>
    </div>
  );

  return (
    <div className="journal-home">
      {journalIsEmpty ? null : (
        <div className="journal-toolbar" ref={toolbarRef}>
          <div className="journal-toolbar__row">
            <SearchField ref={searchRef} value={p.query} onChange={p.onQueryChange} />
            <Button variant="primary" className="journal-toolbar__new" onClick={p.onNew} aria-keyshortcuts={ariaShortcut('N')}>
              <PlusIcon size={18} />
              New entry
            </Button>
          </div>
          <div className="journal-toolbar__row journal-toolbar__row--filters">
            <FilterBar value={p.filters} onChange={p.onFiltersChange} tags={facets?.tags ?? []} />
            {extras}
          </div>
          <div className="journal-summary">
            <p className="journal-summary__filters" data-testid="filter-summary">
              {describeFilters(p.filters)}
            </p>
            <p className="journal-summary__count" role="status" aria-live="polite">
              {status}
            </p>
          </div>
        </div>
      )}

      {/* Progress feature: entries from 1, 3, 6 and 12 months ago, only on the plain timeline. */}
      {searching || filtered ? null : <OnThisDay onOpenEntry={p.onOpen} />}

      <DamagedNotice count={data.damaged} />

      {data.status === 'failed' ? (
        <Notice tone="caution" role="alert">
          <p>Mend couldn’t show your entries just now. {data.message}</p>
        </Notice>
      ) : null}

      {journalIsEmpty ? (
        <EmptyJournal onChoose={p.onChoose} />
      ) : searching ? (
        <SearchResults
          query={p.query}
          state={search}
          filtered={filtered}
          onOpen={p.onOpen}
          onClearFilters={() => p.onFiltersChange(NO_FILTERS)}
        />
      ) : data.status !== 'failed' && data.total === 0 && data.status === 'ready' ? (
        <div className="journal-empty journal-empty--small">
          <p className="journal-empty__heading">No entries match these filters</p>
          <p className="journal-empty__body">Try removing one, or clear them all to see your whole journal.</p>
          <Button variant="secondary" onClick={() => p.onFiltersChange(NO_FILTERS)}>
            Clear all filters
          </Button>
        </div>
      ) : data.status === 'loading' && data.items.length === 0 ? null : (
        <Timeline
          items={data.items}
          hasMore={hasMore}
          onLoadMore={loadMore}
          onOpen={p.onOpen}
          place={p.scroll.place}
          onLeave={leave}
          stickyTop={toolbarHeight}
        />
      )}

      {journalIsEmpty && facets !== null && facets.trashed > 0 ? <div className="journal-home__foot">{extras}</div> : null}
    </div>
  );
}
