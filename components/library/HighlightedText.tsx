import { highlightSegments } from '../../lib/search/highlight';

/** Text with search matches in `<mark>`; rendered as text nodes, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>{highlightSegments(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
