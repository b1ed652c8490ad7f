import { useTranslator } from '../shared/use-translator';

export interface PopupHeaderProps {
  /** Null while still being counted. */
  total: number | null;
  shown: number;
  libraryUrl: string;
  settingsUrl: string;
}

/** Name, how many articles are stored, and the way to the full library. */
export function PopupHeader({ total, shown, libraryUrl, settingsUrl }: PopupHeaderProps) {
  const t = useTranslator();
  const count =
    total === null
      ? ''
      : total > shown
        ? t.t('popup.newestOf', shown, total)
        : t.t('popup.savedTotal', total);
  return (
    <header class="header">
      <h1 class="header__name">{t.t('extension.name')}</h1>
      <span class="header__count">{count}</span>
      <a class="header__link" href={libraryUrl} target="_blank" rel="noreferrer">
        {t.t('popup.openLibrary')}
      </a>
      <a class="header__link" href={settingsUrl} target="_blank" rel="noreferrer">
        {t.t('popup.settings')}
      </a>
    </header>
  );
}
