import type { ArticleFilter } from '../../lib/search/filter-articles';

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
      <label>
        Site
        <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || null })}>
          <option value="">All sites</option>
          {sites.map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">All tags</option>
          {tags.map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
      </label>
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
