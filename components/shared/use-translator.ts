import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../lib/i18n/create-translator';

/** The page's translator: the entrypoint provides the browser's, tests provide one over a locale file. */
export const TranslatorContext = createContext<Translator | null>(null);

/** The translator of the page this component is on. */
export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('No TranslatorContext.Provider above this component.');
  return translator;
}
