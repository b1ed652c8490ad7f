import type { Ref } from 'preact';
import { useTranslator } from '../shared/use-translator';

export interface SearchBoxProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
}

/** The library's search field; its arrow, Enter and Escape keys are the page's (see use-library-keys). */
export function SearchBox({ value, inputRef, onInput }: SearchBoxProps) {
  const t = useTranslator();
  return (
    <input
      ref={inputRef}
      class="search"
      type="search"
      placeholder={t.t('library.searchPlaceholder')}
      aria-label={t.t('library.searchLabel')}
      value={value}
      autoComplete="off"
      spellcheck={false}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
