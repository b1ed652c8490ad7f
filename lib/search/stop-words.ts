/**
 * English function words left out of the body index: they occur in nearly every article, so they
 * add a posting per article (a third of the index) while never narrowing a search.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be been but by for from had has have he her his i if in into is it its
  of on or our she so than that the their them then there these they this to was we were
  which who will with would you your not no can could do did does all any about after over`
    .split(/\s+/)
    .filter(Boolean),
);
