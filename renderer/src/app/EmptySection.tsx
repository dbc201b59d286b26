import type { Section } from './sections';
import type { EmptyState } from './emptyStates';

/** A calm placeholder that says what will live in a section, so nothing feels broken or missing. */
export function EmptySection({ section, state }: { section: Section; state: EmptyState }) {
  const { Icon } = section;
  return (
    <div className="empty-state">
      <div className="empty-state__art" aria-hidden="true">
        <Icon size={34} />
      </div>
      <h2 className="empty-state__heading">{state.heading}</h2>
      <p className="empty-state__body">{state.body}</p>
      <ul className="empty-state__facets" aria-label="What you’ll find here">
        {state.facets.map((facet) => (
          <li key={facet}>{facet}</li>
        ))}
      </ul>
    </div>
  );
}
