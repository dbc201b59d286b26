import { Button } from '../../ui/Button';
import { DateFilter } from './DateFilter';
import { EmotionPicker } from './EmotionPicker';
import { activeFilterCount, NO_FILTERS, type JournalFilters } from './filters';
import { KindFilter } from './KindFilter';
import { MoodFilter } from './MoodFilter';
import { SharingFilter } from './SharingFilter';
import { TagFilter } from './TagFilter';

interface FilterBarProps {
  value: JournalFilters;
  onChange(next: JournalFilters): void;
  tags: readonly { tag: string; count: number }[];
}

/** Filters that combine: every one set must hold. "Clear all" puts the whole journal back. */
export function FilterBar({ value, onChange, tags }: FilterBarProps) {
  const set = <K extends keyof JournalFilters>(key: K, v: JournalFilters[K]) => onChange({ ...value, [key]: v });
  const active = activeFilterCount(value);
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <KindFilter value={value.kinds} onChange={(v) => set('kinds', v)} />
      <EmotionPicker
        value={value.emotions}
        onChange={(v) => set('emotions', v)}
        triggerClassName="filter-button"
        trigger={
          <>
            <span>Feeling</span>
            {value.emotions.length ? <span className="filter-button__chosen">{value.emotions.length}</span> : null}
          </>
        }
      />
      <TagFilter tags={tags} value={value.tags} onChange={(v) => set('tags', v)} />
      <MoodFilter value={value.mood} onChange={(v) => set('mood', v)} />
      <DateFilter value={value.dates} onChange={(v) => set('dates', v)} />
      <SharingFilter value={value.sharing} onChange={(v) => set('sharing', v)} />
      {active > 0 ? (
        <Button variant="link" className="filter-bar__clear" onClick={() => onChange(NO_FILTERS)}>
          Clear all
        </Button>
      ) : null}
    </div>
  );
}
