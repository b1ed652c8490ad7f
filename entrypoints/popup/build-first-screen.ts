import { siteLabel } from '../../lib/articles/site-label';
import { FIRST_PAINT_ROWS, type FirstScreen, type PopupRow } from '../../lib/first-screen/first-screen';
import { displayDate } from '../../lib/format/display-date';
import type { Translator } from '../../lib/i18n/create-translator';
import {
  STATUS_VIEWS,
  STATUS_VIEW_LABEL_KEYS,
  countByStatus,
  inStatusView,
} from '../../lib/reading-state/reading-state';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts/default-shortcuts';

/** Where the header's links go. */
export interface FirstScreenUrls {
  libraryUrl: string;
  settingsUrl: string;
}

type Child = Node | string | null;

/** An element with its attributes in the order given (as Preact sets them) and its children. */
function element(
  doc: Document,
  tag: string,
  attributes: Record<string, string | number>,
  ...children: Child[]
): HTMLElement {
  const made = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, String(value));
  for (const child of children) if (child !== null) made.append(child);
  return made;
}

/** A button of the rows and bars, which does nothing until the App replaces the first screen. */
const BUTTON = { type: 'button' };

function header(doc: Document, t: Translator, rows: number, total: number, urls: FirstScreenUrls) {
  const link = (href: string, label: string) =>
    element(doc, 'a', { class: 'header__link', href, target: '_blank', rel: 'noreferrer' }, label);
  return element(
    doc,
    'header',
    { class: 'header' },
    element(doc, 'h1', { class: 'header__name' }, t.t('extension.name')),
    element(
      doc,
      'span',
      { class: 'header__count' },
      total > rows ? t.t('popup.newestOf', rows, total) : t.t('popup.savedTotal', total),
    ),
    link(urls.libraryUrl, t.t('popup.openLibrary')),
    link(urls.settingsUrl, t.t('popup.settings')),
  );
}

function statusFilter(doc: Document, t: Translator, rows: readonly PopupRow[]) {
  const counts = countByStatus(rows);
  return element(
    doc,
    'div',
    { class: 'status-filter', role: 'radiogroup', 'aria-label': t.t('reading.statusFilter') },
    ...STATUS_VIEWS.map((view) =>
      element(
        doc,
        'button',
        {
          ...BUTTON,
          role: 'radio',
          'data-status': view,
          'aria-checked': String(view === 'unread'),
          tabindex: view === 'unread' ? 0 : -1,
        },
        t.t(STATUS_VIEW_LABEL_KEYS[view]),
        ' ',
        element(doc, 'span', { class: 'count' }, String(counts[view])),
      ),
    ),
  );
}

function search(doc: Document, t: Translator) {
  return element(
    doc,
    'form',
    { class: 'popup-search', role: 'search' },
    element(doc, 'input', {
      class: 'popup-search__input',
      type: 'search',
      'aria-label': t.t('popup.searchSaved'),
      'aria-describedby': 'popup-search-hint',
      placeholder: t.t('popup.searchSaved'),
    }),
  );
}

function selectionBar(doc: Document, t: Translator, shown: number) {
  const all = element(doc, 'input', { type: 'checkbox' });
  if (shown === 0) all.setAttribute('disabled', '');
  return element(
    doc,
    'div',
    { class: 'bar' },
    element(doc, 'label', { class: 'bar__all' }, all, t.t('popup.selectAll')),
    element(doc, 'span', { class: 'bar__count', 'aria-live': 'polite' }, t.t('popup.selectToExport')),
    element(doc, 'button', { ...BUTTON, class: 'button button--primary', disabled: '' }, t.t('popup.export')),
  );
}

function row(doc: Document, t: Translator, article: PopupRow) {
  const action = (label: string, text: string, title: string | null, danger = false) =>
    element(
      doc,
      'button',
      {
        ...BUTTON,
        class: danger ? 'icon-button icon-button--danger' : 'icon-button',
        'aria-label': label,
        ...(title === null ? {} : { title }),
      },
      text,
    );
  const { title } = article;
  return element(
    doc,
    'li',
    { class: 'row', 'data-article-id': article.id },
    element(doc, 'input', {
      type: 'checkbox',
      class: 'row__check',
      'aria-label': t.t('popup.selectArticle', title),
    }),
    element(
      doc,
      'div',
      { class: 'row__text' },
      element(
        doc,
        'button',
        { ...BUTTON, class: 'row__title', title: t.t('popup.openOriginalTitle', article.sourceUrl) },
        title,
      ),
      element(
        doc,
        'p',
        { class: 'row__meta' },
        article.selection
          ? element(
              doc,
              'span',
              { class: 'excerpt-mark', title: t.t('shared.excerptTitle') },
              t.t('shared.excerpt'),
            )
          : null,
        element(doc, 'span', {}, siteLabel(article)),
        ' · ',
        element(
          doc,
          'time',
          { datetime: article.capturedAt },
          displayDate(article.capturedAt, 'day', t.locale),
        ),
        ' · ',
        article.notCaptured
          ? element(doc, 'span', { class: 'excerpt-mark not-captured-mark' }, t.t('importFrom.notCaptured'))
          : element(doc, 'span', {}, t.plural('popup.words', article.wordCount)),
      ),
      element(
        doc,
        'div',
        { class: 'row__actions' },
        action(t.t('popup.openOriginalLabel', title), t.t('popup.open'), null),
        action(t.t('popup.copyMarkdownOf', title), t.t('popup.copyMarkdown'), t.t('popup.copyMarkdown')),
        action(
          t.t('articleOut.downloadOf', title),
          t.t('articleOut.download'),
          t.t('articleOut.downloadTitle'),
        ),
        action(
          t.t('articleOut.obsidianOf', title),
          t.t('articleOut.obsidian'),
          t.t('articleOut.openInObsidian'),
        ),
        action(t.t('popup.deleteArticle', title), t.t('popup.delete'), t.t('popup.delete'), true),
      ),
    ),
  );
}

function list(doc: Document, t: Translator, shown: readonly PopupRow[]) {
  if (shown.length === 0)
    return element(doc, 'p', { class: 'empty' }, t.t('popup.empty', DEFAULT_SHORTCUTS['capture-page']));
  return element(
    doc,
    'ul',
    { class: 'list', 'aria-label': t.t('popup.savedArticles') },
    ...shown.slice(0, FIRST_PAINT_ROWS).map((article) => row(doc, t, article)),
  );
}

/**
 * The popup's first screen for the stored snapshot, built with the DOM alone: the markup the App's
 * own components render at its first render (tests/entrypoints/popup/first-screen-reference.tsx
 * composes them, and a test holds the two equal), for the popup's head script, which
 * then needs no Preact (its 14 kB, and a render that took a cold open 10-15 ms). Its controls do
 * nothing; the App replaces it once its code has loaded.
 */
export function buildFirstScreen(
  doc: Document,
  { rows, total }: Pick<FirstScreen, 'rows' | 'total'>,
  t: Translator,
  urls: FirstScreenUrls,
): HTMLElement {
  const shown = rows.filter((article) => inStatusView(article, 'unread'));
  return element(
    doc,
    'main',
    { class: 'popup' },
    header(doc, t, rows.length, total, urls),
    statusFilter(doc, t, rows),
    search(doc, t),
    selectionBar(doc, t, shown.length),
    list(doc, t, shown),
  );
}
