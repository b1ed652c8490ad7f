import { memo } from 'preact/compat';
import type { ArticleFilter } from '../../lib/search/filter-articles';
import { CountedSelect } from './CountedSelect';
import { useTranslator } from '../shared/use-translator';

export interface FilterBarProps {
  filter: ArticleFilter;
  sites: readonly [string, number][];
  tags: readonly [string, number][];
  onChange: (filter: ArticleFilter) => void;
}

/** Site, tag and date filters; not rendered again while they and their counts stay the same (a search). */
export const FilterBar = memo(function FilterBar({ filter, sites, tags, onChange }: FilterBarProps) {
  const t = useTranslator();
  const set = (patch: Partial<ArticleFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="group" aria-label={t.t('library.filters')}>
      {(['site', 'tag'] as const).map((key) => (
        <CountedSelect
          key={key}
          label={t.t(key === 'site' ? 'library.site' : 'library.tag')}
          allLabel={t.t(key === 'site' ? 'library.allSites' : 'library.allTags')}
          value={filter[key]}
          options={key === 'site' ? sites : tags}
          onChange={(value) => set({ [key]: value })}
        />
      ))}
      <label>
        {t.t('library.from')}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || null })}
        />
      </label>
      <label>
        {t.t('library.to')}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || null })}
        />
      </label>
    </div>
  );
});
