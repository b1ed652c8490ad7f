import { displayDate } from '../../lib/format/display-date';
import { useState } from 'preact/hooks';
import { plural } from '../../lib/format/plural';
import type { ImportNote, ImportSummary } from '../../lib/import/summarise-import';
import { ForeignSource } from './ForeignSource';

export interface ImportChoicesProps {
  summary: ImportSummary;
  busy: boolean;
  onConfirm: (replaceChanged: boolean) => void;
  onCancel: () => void;
}

/** Changed articles listed by name; beyond this many, the rest are counted. */
const LISTED = 100;

const when = (iso: string) => displayDate(iso, 'day-and-time') ?? iso;
const count = (n: number) => n.toLocaleString();

/** The counts, the changed articles, and the user's choice: add the new ones only, or replace too. */
export function ImportChoices({ summary, busy, onConfirm, onCancel }: ImportChoicesProps) {
  // Adding only is the default: a stored copy is replaced only when the user says so.
  const [replace, setReplace] = useState(false);
  const changed = summary.changed.length;
  const writes = summary.added + (replace ? changed : 0);
  const action =
    replace && changed > 0
      ? `Import ${count(summary.added)} new and replace ${count(changed)}`
      : `Import ${count(summary.added)} new`;
  return (
    <>
      {summary.source === 'clean-capture' ? (
        <p class="import-source">
          Exported {when(summary.exportedAt ?? '')} · {count(summary.total)} articles
          {summary.images > 0 && ` and ${count(summary.images)} images`}, each checked against the manifest’s
          SHA-256.
        </p>
      ) : (
        <ForeignSource summary={summary} source={summary.source} />
      )}
      <ul class="import-counts">
        <li>
          <strong>{count(summary.added)}</strong> new
        </li>
        <li>
          <strong>{count(summary.unchanged)}</strong> already present (unchanged)
        </li>
        <li>
          <strong>{count(changed)}</strong> changed
        </li>
      </ul>
      {summary.duplicates > 0 && (
        <p class="import-note">
          {count(summary.duplicates)} appear twice in the zip; only the first copy is imported.
        </p>
      )}
      {summary.ignoredFiles > 0 && (
        <p class="import-note">
          {count(summary.ignoredFiles)} other files in the zip are not in its manifest and are left out.
        </p>
      )}
      <NoteList
        heading={`${plural(summary.skipped.length, 'file', 'files')} cannot be imported and will be left out`}
        label="Files left out"
        notes={summary.skipped}
      />
      <NoteList
        heading={`${plural(summary.adjusted.length, 'article is', 'articles are')} changed to fit`}
        label="Articles changed to fit"
        notes={summary.adjusted}
      />
      {changed > 0 && (
        <>
          <h3>Different from your copy</h3>
          <ul class="import-changed" aria-label="Changed articles">
            {summary.changed.slice(0, LISTED).map((c, i) => (
              <li key={i}>
                <bdi class="import-title">{c.title}</bdi>
                {c.site && <span class="import-site"> · {c.site}</span>}
                <div class="import-diff">
                  Differs in {c.changes.join(', ')}. Yours: saved {when(c.storedAt)}; zip: saved{' '}
                  {when(c.incomingAt)}.
                </div>
              </li>
            ))}
            {changed > LISTED && <li class="import-more">and {count(changed - LISTED)} more</li>}
          </ul>
          <fieldset class="import-choice" disabled={busy}>
            <legend>For the {count(changed)} changed</legend>
            <label>
              <input type="radio" name="changed" checked={!replace} onChange={() => setReplace(false)} /> Keep
              my copies (add only the new articles)
            </label>
            <label>
              <input type="radio" name="changed" checked={replace} onChange={() => setReplace(true)} />{' '}
              Replace my copies with the versions in the zip
            </label>
          </fieldset>
        </>
      )}
      <div class="import-actions">
        {writes === 0 && <span class="import-note">Nothing new to import: your library has all of it.</span>}
        <button
          type="button"
          class="primary"
          disabled={busy || writes === 0}
          onClick={() => onConfirm(replace)}
        >
          {busy ? 'Importing…' : action}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {writes === 0 ? 'Close' : 'Cancel'}
        </button>
      </div>
    </>
  );
}

/** A heading and the first {@link LISTED} files or articles with their reasons; nothing when empty. */
function NoteList({ heading, label, notes }: { heading: string; label: string; notes: ImportNote[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul class="import-changed import-notes" aria-label={label}>
        {notes.slice(0, LISTED).map((note, i) => (
          <li key={i}>
            <bdi class="import-title">{note.name}</bdi>
            <div class="import-diff">{note.reasons.join(' ')}</div>
          </li>
        ))}
        {notes.length > LISTED && <li class="import-more">and {count(notes.length - LISTED)} more</li>}
      </ul>
    </>
  );
}
