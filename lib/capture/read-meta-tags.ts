/** Looks up `<meta>` values by name, property, itemprop or http-equiv (lower-cased), first one first. */
export type MetaLookup = (...keys: string[]) => string | null;

/**
 * Indexes every `<meta>` of `doc` in one pass; a selector per field would walk the whole page each time.
 */
export function readMetaTags(doc: Document): MetaLookup {
  const index = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return (...keys) => {
    for (const key of keys) {
      const value = index.get(key);
      if (value) return decodeEntities(doc, value);
    }
    return null;
  };
}

/**
 * Some sites double-escape meta content (`&amp;amp;`); decode what is left. A `<template>` parses
 * without loading or running anything.
 */
function decodeEntities(doc: Document, value: string): string {
  if (!/&[#\w]+;/.test(value)) return value;
  const template = doc.createElement('template') as HTMLTemplateElement;
  template.innerHTML = value.replace(/</g, '&lt;');
  // Browsers put the parsed nodes in `content`; linkedom keeps them on the element itself.
  return template.content?.textContent || template.textContent || value;
}
