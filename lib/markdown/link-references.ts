/**
 * Reference-style links (`[text][1]`, with `[1]: url` at the end) for one conversion: each
 * destination and title gets a number the first time it is linked, and keeps it after.
 */
export interface LinkReferences {
  numbers: Map<string, number>;
  definitions: string[];
}

/** No references yet. */
export function createLinkReferences(): LinkReferences {
  return { numbers: new Map(), definitions: [] };
}

/** The label of a link to `destination` (already written for Markdown) with its ` "title"` part. */
export function referenceLabel(references: LinkReferences, destination: string, title: string): string {
  const key = `${destination}${title}`;
  let number = references.numbers.get(key);
  if (number === undefined) {
    number = references.definitions.length + 1;
    references.numbers.set(key, number);
    references.definitions.push(`[${number}]: ${destination}${title}`);
  }
  return String(number);
}

/** The labels in use, for escaping page text that would otherwise read as a link to one of them. */
export function referenceLabels(references: LinkReferences): ReadonlySet<string> {
  return new Set(references.definitions.map((_definition, index) => String(index + 1)));
}
