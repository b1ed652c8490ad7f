import type { ArticleRecord } from '../article';

/**
 * What the index remembers having indexed of an article: its capture time, and when its highlights
 * and notes last changed, so either change has it indexed again. An article without any keeps the
 * capture time alone, as indexes saved before highlights existed hold.
 */
export function indexStamp(record: ArticleRecord, annotated: ReadonlyMap<number, string>): string {
  const changedAt = annotated.get(record.id);
  return changedAt ? `${record.capturedAt} ${changedAt}` : record.capturedAt;
}
