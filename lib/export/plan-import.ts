import type { Article } from '../article';
import { sha256Hex } from './sha256-hex';

/** A stored article as the planner compares it: by canonical URL, then by its exported file. */
export type ExistingArticle =
  | { canonicalUrl: string; sha256: string }
  /** The article's Markdown document as the export would write it. */
  | { canonicalUrl: string; document: string };

/** The minimum the planner needs of an incoming article (an `ImportedArticle` fits). */
export interface IncomingArticle {
  article: Pick<Article, 'canonicalUrl'>;
  sha256: string;
}

/**
 * What an import would do, for the user to confirm. Nothing is decided here: `changed` articles
 * differ from the stored copy and are overwritten only if the user says so.
 */
export interface ImportPlan<In extends IncomingArticle, Ex extends ExistingArticle> {
  /** Not in the library yet. */
  added: In[];
  /** In the library with exactly the same file. */
  unchanged: In[];
  /** In the library, but the stored copy differs (edited, re-captured or tagged since). */
  changed: Array<{ incoming: In; existing: Ex }>;
  /** A second article in the zip with a canonical URL already seen in it; never imported. */
  duplicates: In[];
}

const utf8 = new TextEncoder();

/** Sorts an export's articles into new, already present and changed, against the stored ones. */
export async function planImport<In extends IncomingArticle, Ex extends ExistingArticle>(
  incoming: readonly In[],
  existing: readonly Ex[],
): Promise<ImportPlan<In, Ex>> {
  const stored = new Map<string, Ex>();
  for (const article of existing) stored.set(article.canonicalUrl, article);
  const plan: ImportPlan<In, Ex> = { added: [], unchanged: [], changed: [], duplicates: [] };
  const seen = new Set<string>();
  for (const candidate of incoming) {
    const url = candidate.article.canonicalUrl;
    if (seen.has(url)) {
      plan.duplicates.push(candidate);
      continue;
    }
    seen.add(url);
    const match = stored.get(url);
    if (!match) {
      plan.added.push(candidate);
      continue;
    }
    const storedSha = 'sha256' in match ? match.sha256 : await sha256Hex(utf8.encode(match.document));
    if (storedSha === candidate.sha256) plan.unchanged.push(candidate);
    else plan.changed.push({ incoming: candidate, existing: match });
  }
  return plan;
}
