import { displayDate } from '../../lib/format/display-date';
import { useState } from 'preact/hooks';
import type { ArticleChange } from '../../lib/import/describe-import-change';
import type { ImportChoice } from '../../lib/import/import-preview';
import type { ImportNote, ImportSummary } from '../../lib/import/summarise-import';
import { ForeignSource } from './ForeignSource';
import type { Translator } from '../../lib/i18n/create-translator';
import { useTranslator } from '../shared/use-translator';
import { say } from '../../lib/i18n/message';

export interface ImportChoicesProps {
  summary: ImportSummary;
  busy: boolean;
  onConfirm: (choice: ImportChoice) => void;
  onCancel: () => void;
}

/** Changed articles listed by name; beyond this many, the rest are counted. */
const LISTED = 100;

const CHANGE_KEYS: Record<ArticleChange, string> = {
  text: 'import.change.text',
  title: 'import.change.title',
  tags: 'import.change.tags',
  'capture time': 'import.change.captureTime',
  'reading state': 'import.change.readingState',
  details: 'import.change.details',
};

/** A counted sentence with its count in bold, wherever the language puts the number. */
function boldCount(t: Translator, key: string, n: number) {
  const text = t.plural(key, n);
  const number = t.number(n);
  const at = text.indexOf(number);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <strong>{number}</strong>
      {text.slice(at + number.length)}
    </>
  );
}

/**
 * The counts, the changed articles, and the user's choice: add the new ones only, or replace too;
 * from a shared folder, also whether to delete the articles whose files were removed there.
 */
export function ImportChoices({ summary, busy, onConfirm, onCancel }: ImportChoicesProps) {
  // Adding only is the default: a stored copy is replaced only when the user says so.
  const [replace, setReplace] = useState(false);
  // Nor is anything deleted unless the user ticks it.
  const [deleteRemoved, setDeleteRemoved] = useState(false);
  const t = useTranslator();
  const when = (iso: string) => displayDate(iso, 'day-and-time', t.locale) ?? iso;
  const changed = summary.changed.length;
  const deleting = deleteRemoved ? summary.removed : 0;
  const replacing = replace ? changed : 0;
  const writes = summary.added + replacing + deleting;
  const action =
    deleting > 0
      ? replacing > 0
        ? t.plural('import.importNewReplaceAndDelete', summary.added, replacing, deleting)
        : t.plural('import.importNewAndDelete', summary.added, deleting)
      : replacing > 0
        ? t.plural('import.importNewAndReplace', summary.added, replacing)
        : t.plural('import.importNew', summary.added);
  return (
    <>
      {summary.source === 'clean-capture' ? (
        <p class="import-source">
          {summary.images > 0
            ? t.plural(
                'import.sourceWithImages',
                summary.total,
                when(summary.exportedAt ?? ''),
                t.plural('import.images', summary.images),
              )
            : t.plural('import.source', summary.total, when(summary.exportedAt ?? ''))}
        </p>
      ) : (
        <ForeignSource summary={summary} source={summary.source} />
      )}
      <ul class="import-counts">
        <li>{boldCount(t, 'import.new', summary.added)}</li>
        <li>{boldCount(t, 'import.unchanged', summary.unchanged)}</li>
        <li>{boldCount(t, 'import.changed', changed)}</li>
        {summary.removed > 0 && <li>{boldCount(t, 'import.removedFromFolder', summary.removed)}</li>}
      </ul>
      {summary.duplicates > 0 && (
        <p class="import-note">{t.plural('import.duplicates', summary.duplicates)}</p>
      )}
      {summary.ignoredFiles > 0 && (
        <p class="import-note">{t.plural('import.ignoredFiles', summary.ignoredFiles)}</p>
      )}
      <NoteList
        heading={t.plural('import.skippedHeading', summary.skipped.length)}
        label={t.t('import.skippedLabel')}
        notes={summary.skipped}
      />
      <NoteList
        heading={t.plural('import.adjustedHeading', summary.adjusted.length)}
        label={t.t('import.adjustedLabel')}
        notes={summary.adjusted}
      />
      {changed > 0 && (
        <>
          <h3>{t.t('import.differentHeading')}</h3>
          <ul class="import-changed" aria-label={t.t('import.changedLabel')}>
            {summary.changed.slice(0, LISTED).map((c, i) => (
              <li key={i}>
                <bdi class="import-title">{c.title}</bdi>
                {c.site && <span class="import-site"> · {c.site}</span>}
                <div class="import-diff">
                  {t.t(
                    'import.differs',
                    new Intl.ListFormat(t.language).format(
                      c.changes.map((change) => t.t(CHANGE_KEYS[change])),
                    ),
                    when(c.storedAt),
                    when(c.incomingAt),
                  )}
                </div>
              </li>
            ))}
            {changed > LISTED && <li class="import-more">{t.plural('import.more', changed - LISTED)}</li>}
          </ul>
          <fieldset class="import-choice" disabled={busy}>
            <legend>{t.plural('import.forChanged', changed)}</legend>
            <label>
              <input type="radio" name="changed" checked={!replace} onChange={() => setReplace(false)} />{' '}
              {t.t('import.keepMine')}
            </label>
            <label>
              <input type="radio" name="changed" checked={replace} onChange={() => setReplace(true)} />{' '}
              {t.t('import.replaceMine')}
            </label>
          </fieldset>
        </>
      )}
      {summary.removed > 0 && (
        <fieldset class="import-choice" disabled={busy}>
          <label>
            <input
              type="checkbox"
              checked={deleteRemoved}
              onChange={(event) => setDeleteRemoved(event.currentTarget.checked)}
            />{' '}
            {t.plural('import.deleteRemoved', summary.removed)}
          </label>
        </fieldset>
      )}
      <div class="import-actions">
        {writes === 0 && <span class="import-note">{t.t('import.nothingNew')}</span>}
        <button
          type="button"
          class="primary"
          disabled={busy || writes === 0}
          onClick={() => onConfirm({ replaceChanged: replace, deleteRemoved })}
        >
          {busy ? t.t('import.importing') : action}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t.t(writes === 0 ? 'import.close' : 'import.cancel')}
        </button>
      </div>
    </>
  );
}

/** A heading and the first {@link LISTED} files or articles with their reasons; nothing when empty. */
function NoteList({ heading, label, notes }: { heading: string; label: string; notes: ImportNote[] }) {
  const t = useTranslator();
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul class="import-changed import-notes" aria-label={label}>
        {notes.slice(0, LISTED).map((note, i) => (
          <li key={i}>
            <bdi class="import-title">{say(t, note.name)}</bdi>
            <div class="import-diff">{note.reasons.map((reason) => say(t, reason)).join(' ')}</div>
          </li>
        ))}
        {notes.length > LISTED && (
          <li class="import-more">{t.plural('import.more', notes.length - LISTED)}</li>
        )}
      </ul>
    </>
  );
}
