import { useTranslator } from '../shared/use-translator';

export interface PopupSearchProps {
  value: string;
  /** How many of the listed articles match what is typed; null with nothing typed. */
  matches: number | null;
  /** How many articles are stored in all; null while still being counted. */
  total: number | null;
  onInput: (value: string) => void;
  /** Enter: search the whole library (the popup lists only the newest). */
  onSubmit: (value: string) => void;
}

/**
 * The popup's search box. Typing narrows the newest articles listed here by title and site at once;
 * Enter hands the words over to the library page, which searches every article's full text.
 */
export function PopupSearch({ value, matches, total, onInput, onSubmit }: PopupSearchProps) {
  const t = useTranslator();
  const everything = total === null ? t.t('popup.searchEverything') : t.plural('popup.searchAll', total);
  return (
    <form
      class="popup-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSubmit(value.trim());
      }}
    >
      <input
        class="popup-search__input"
        type="search"
        aria-label={t.t('popup.searchSaved')}
        aria-describedby="popup-search-hint"
        placeholder={t.t('popup.searchSaved')}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {matches !== null && (
        <p class="popup-search__hint" id="popup-search-hint" aria-live="polite">
          {matches === 0 ? t.t('popup.noMatch') : t.plural('popup.matchesAmongNewest', matches)} {everything}
        </p>
      )}
    </form>
  );
}
