import type { Ref } from 'preact';

export interface SearchBoxProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
}

/** The library's search field; its arrow, Enter and Escape keys are the page's (see use-library-keys). */
export function SearchBox({ value, inputRef, onInput }: SearchBoxProps) {
  return (
    <input
      ref={inputRef}
      class="search"
      type="search"
      placeholder="Search titles, authors, sites and text  ( / )"
      aria-label="Search saved articles"
      value={value}
      autoComplete="off"
      spellcheck={false}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
