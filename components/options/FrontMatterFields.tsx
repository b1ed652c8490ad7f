import {
  FRONT_MATTER_ALIASES,
  FRONT_MATTER_FIELDS,
  REQUIRED_FRONT_MATTER_FIELDS,
  type FrontMatterField,
} from '../../lib/templates/front-matter-options';
import type { FrontMatterDraft } from '../../lib/templates/front-matter-draft';
import { useTranslator } from '../shared/use-translator';

export interface FrontMatterFieldsProps {
  draft: FrontMatterDraft;
  onChange: (draft: FrontMatterDraft) => void;
}

/**
 * The front matter choices: each field ticked in or out and, where other tools call it something
 * else, its name; constant fields and default tags typed as text. Every change goes to `onChange`,
 * so the preview follows each keystroke; what is wrong with them is said above the preview.
 */
export function FrontMatterFields({ draft, onChange }: FrontMatterFieldsProps) {
  const t = useTranslator();
  const toggle = (field: FrontMatterField, included: boolean) =>
    onChange({
      ...draft,
      omit: included ? draft.omit.filter((f) => f !== field) : [...draft.omit, field],
    });
  const rename = (field: FrontMatterField, name: string) =>
    onChange({ ...draft, rename: { ...draft.rename, [field]: name } });
  return (
    <fieldset class="front-matter">
      <legend>{t.t('templates.frontMatter.legend')}</legend>
      <p class="hint">{t.t('templates.frontMatter.fieldsHint')}</p>
      <ul class="front-matter__fields">
        {FRONT_MATTER_FIELDS.map((field) => {
          const required = REQUIRED_FRONT_MATTER_FIELDS.includes(field);
          const aliases = FRONT_MATTER_ALIASES[field] ?? [];
          return (
            <li key={field}>
              <input
                type="checkbox"
                id={`fm-field-${field}`}
                checked={!draft.omit.includes(field)}
                // Disabled controls drop out of the tab order; the note says why it stays.
                disabled={required}
                aria-describedby={required ? 'fm-required-note' : undefined}
                onChange={(event) => toggle(field, event.currentTarget.checked)}
              />
              <label for={`fm-field-${field}`}>
                <code>{field}</code>
              </label>
              {aliases.length > 0 && (
                <select
                  aria-label={t.t('templates.frontMatter.nameOf', field)}
                  value={draft.rename[field] ?? field}
                  onChange={(event) => rename(field, event.currentTarget.value)}
                >
                  {[field, ...aliases].map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </li>
          );
        })}
      </ul>
      <p id="fm-required-note" class="hint">
        {t.t('templates.frontMatter.requiredNote')}
      </p>
      <label for="fm-constants">{t.t('templates.frontMatter.constants')}</label>
      <textarea
        id="fm-constants"
        rows={3}
        spellcheck={false}
        value={draft.constants}
        aria-describedby="fm-constants-hint"
        onInput={(event) => onChange({ ...draft, constants: event.currentTarget.value })}
      />
      <p id="fm-constants-hint" class="hint">
        {t.t('templates.frontMatter.constantsHint')}
      </p>
      <label for="fm-tags">{t.t('templates.frontMatter.defaultTags')}</label>
      <input
        id="fm-tags"
        type="text"
        value={draft.defaultTags}
        aria-describedby="fm-tags-hint"
        onInput={(event) => onChange({ ...draft, defaultTags: event.currentTarget.value })}
      />
      <p id="fm-tags-hint" class="hint">
        {t.t('templates.frontMatter.defaultTagsHint')}
      </p>
    </fieldset>
  );
}
