import type { SearchState } from './useSearch';
import { EntryRow } from './EntryRow';
import { Highlighted } from './Highlighted';
import { Notice } from '../../ui/Notice';
import { Button } from '../../ui/Button';

interface SearchResultsProps {
  query: string;
  state: SearchState;
  filtered: boolean;
  onOpen(id: string): void;
  onClearFilters(): void;
}

/** Ranked matches, best first, with the matched words highlighted in each passage. */
export function SearchResults({ query, state, filtered, onOpen, onClearFilters }: SearchResultsProps) {
  if (state.status === 'failed') {
    return (
      <Notice tone="caution" role="alert">
        <p>Search didn’t work this time. {state.message}</p>
      </Notice>
    );
  }
  const hits = state.status === 'done' ? state.hits : state.status === 'searching' ? state.hits : null;
  if (hits === null) return <p className="search-results__status">Searching…</p>;

  if (hits.length === 0) {
    return (
      <div className="journal-empty journal-empty--small">
        <p className="journal-empty__heading">No entries match “{query.trim()}”</p>
        <p className="journal-empty__body">
          {filtered ? 'The filters above narrow the search too. ' : ''}Try fewer words, or the start of a word.
        </p>
        {filtered ? (
          <Button variant="secondary" onClick={onClearFilters}>
            Search all entries
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <section className="search-results" aria-label="Search results" aria-busy={state.status === 'searching' || undefined}>
      <ol className="search-results__list">
        {hits.map((hit) => (
          <li key={hit.entry.id}>
            <EntryRow
              entry={hit.entry}
              onOpen={onOpen}
              level={3}
              passage={<Highlighted text={hit.snippet.text} marks={hit.snippet.marks} />}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
