import { useTranslator } from './use-translator';

/** The mark of an excerpt (a saved selection) wherever an article is listed or read. */
export function ExcerptMark({ selection }: { selection?: boolean }) {
  const t = useTranslator();
  if (!selection) return null;
  return (
    <span class="excerpt-mark" title={t.t('shared.excerptTitle')}>
      {t.t('shared.excerpt')}
    </span>
  );
}
