/** Defensive reading of schema.org JSON-LD blocks: pages ship @graph, arrays, nesting and broken JSON. */

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|AdvertiserContentArticle|Review|Recipe)$/;

/** Every object of every JSON-LD block in `doc`, with `@graph` and arrays flattened; broken blocks skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) flatten(parsed, nodes, 0);
  }
  return nodes;
}

/** The node describing the article itself, else the first node that has a headline. */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return (
    nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t))) ??
    nodes.find((n) => n['headline']) ??
    null
  );
}

/** The node's `@type` values, without schema.org prefixes. */
export function types(node: JsonLdNode): string[] {
  const value = node['@type'];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

// Real JSON-LD nests a name two or three levels deep; a hostile page nests thousands, which would
// overflow the stack of these recursive readers.
const MAX_VALUE_DEPTH = 8;

/** A string from a JSON-LD value that may be a string, an object with `name`/`url`/`@value`, or an array. */
export function textOf(value: unknown, key: 'name' | 'url' = 'name', depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (depth >= MAX_VALUE_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => textOf(v, key, depth + 1)).find((v) => v) ?? null;
  if (value && typeof value === 'object') {
    const record = value as JsonLdNode;
    return textOf(record[key] ?? record['@value'], key, depth + 1);
  }
  return null;
}

/** Every name in a value that may be a string, an object, or an array of either. */
export function namesOf(value: unknown, depth = 0): string[] {
  if (Array.isArray(value)) return depth < MAX_VALUE_DEPTH ? value.flatMap((v) => namesOf(v, depth + 1)) : [];
  const name = textOf(value);
  return name ? [name] : [];
}

function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Common breakage: raw newlines or tabs inside strings, trailing commas.
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are exactly what breaks JSON.parse
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (Array.isArray(node['@graph'])) flatten(node['@graph'], out, depth + 1);
  else out.push(node);
}
