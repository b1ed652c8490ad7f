/**
 * How many articles the library's result count gives as the whole. Every record read: the records.
 * While they are read: how many are stored (never fewer than the records read so far, which a
 * capture meanwhile can outnumber), or null while they are still being counted. Never the records
 * read so far alone: "60 articles" of 303 stored would be a wrong total.
 */
export function libraryTotal(complete: boolean, loaded: number, counted: number | null): number | null {
  if (complete) return loaded;
  return counted === null ? null : Math.max(counted, loaded);
}
