import type { ArticleFilter } from '../../lib/search/filter-articles';
import { CountedSelect } from './CountedSelect';

export interface FilterBarProps {
  filter: ArticleFilter;
  sites: readonly [string, number][];
  tags: readonly [string, number][];
  onChange: (filter: ArticleFilter) => void;
}

/** Site, tag and date filters. */
export function FilterBar({ filter, sites, tags, onChange }: FilterBarProps) {
  const set = (patch: Partial<ArticleFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="group" aria-label="Filters">
      {(['site', 'tag'] as const).map((key) => (
        <CountedSelect
          key={key}
          label={key === 'site' ? 'Site' : 'Tag'}
          allLabel={key === 'site' ? 'All sites' : 'All tags'}
          value={filter[key]}
          options={key === 'site' ? sites : tags}
          onChange={(value) => set({ [key]: value })}
        />
      ))}
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || null })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || null })}
        />
      </label>
    </div>
  );
}
