import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { scrollToRow, visibleRange } from '../../lib/list/visible-range';
import { ArticleRow, type ArticleRowProps } from './ArticleRow';
import { useTranslator } from '../shared/use-translator';

export const ROW_HEIGHT = 76;

export interface ArticleListProps extends Pick<ArticleRowProps, 'onOpen' | 'onToggle' | 'onArchive'> {
  articles: readonly ArticleRecord[];
  termsFor: (id: number) => readonly string[];
  activeIndex: number;
  selected: ReadonlySet<number>;
  onActivate: (index: number) => void;
}

/**
 * The virtualised list: only the rows in view (plus a few) are in the DOM, whatever the count.
 * Rendered again only when its props change: a keystroke in the search box leaves it alone.
 */
export const ArticleList = memo(function ArticleList({
  articles,
  termsFor,
  activeIndex,
  selected,
  onOpen,
  onToggle,
  onArchive,
  onActivate,
}: ArticleListProps) {
  const t = useTranslator();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the keyboard's row in view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex < 0) return;
    const next = scrollToRow(activeIndex, el.scrollTop, el.clientHeight, ROW_HEIGHT);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, [activeIndex]);

  // A new result set starts at the top. Written only when the list is scrolled (as last seen by
  // its scroll events): setting scrollTop makes the browser lay the page out there and then, and
  // after every search answer that is work for nothing when it is at the top already.
  const top = useRef(view.top);
  top.current = view.top;
  useEffect(() => {
    if (scroller.current && top.current !== 0) scroller.current.scrollTop = 0;
  }, [articles]);

  const { start, end } = visibleRange(view.top, view.height, ROW_HEIGHT, articles.length);
  const active = articles[activeIndex];
  return (
    <div
      class="list-scroller"
      ref={scroller}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <ul
        class="list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t.t('library.savedArticles')}
        aria-activedescendant={active ? `article-${active.id}` : undefined}
        style={{ height: `${articles.length * ROW_HEIGHT}px` }}
      >
        {/* Keyed by place, not by article: a search answer then fills the rows already in the
            page with other articles (text and attributes changed in place) instead of removing
            every row and making new ones: a third less of the page's share of a search at
            100,000 articles, where every answer fills the whole list. Rows keep no state of their
            own, and an article keeps its row while the list scrolls, as before (each place holds
            one article of a result list). */}
        {articles.slice(start, end).map((a, i) => (
          <ArticleRow
            key={start + i}
            article={a}
            terms={termsFor(a.id)}
            active={start + i === activeIndex}
            selected={selected.has(a.id)}
            top={(start + i) * ROW_HEIGHT}
            height={ROW_HEIGHT}
            onOpen={onOpen}
            onToggle={onToggle}
            onArchive={onArchive}
            onFocusRow={() => onActivate(start + i)}
          />
        ))}
      </ul>
    </div>
  );
});
