const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const ANY_LETTER = /\p{L}/gu;

/** 'rtl' when most letters of `text` are from right-to-left scripts, 'ltr' when some are, else null. */
export function detectDirection(text: string): 'ltr' | 'rtl' | null {
  // A sample is enough, and keeps this cheap on long articles.
  const sample = text.slice(0, 5000);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return null;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
