/** The mark of an excerpt (a saved selection) wherever an article is listed or read. */
export function ExcerptMark({ selection }: { selection?: boolean }) {
  if (!selection) return null;
  return (
    <span class="excerpt-mark" title="Only the part of the page that was selected was saved">
      Excerpt
    </span>
  );
}
