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
      <CountedSelect
        label="Site"
        allLabel="All sites"
        value={filter.site}
        options={sites}
        onChange={(site) => set({ site })}
      />
      <CountedSelect
        label="Tag"
        allLabel="All tags"
        value={filter.tag}
        options={tags}
        onChange={(tag) => set({ tag })}
      />
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
