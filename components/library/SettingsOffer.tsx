import type { PortableSettings } from '../../lib/settings/settings-file';
import { say, type Message } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

/** Settings an imported export carries, offered to the user, or why they cannot be used. */
export type SettingsOfferView =
  { kind: 'offer'; settings: PortableSettings } | { kind: 'unusable'; message: Message | string };

export interface SettingsOfferProps {
  view: SettingsOfferView;
  onApply: () => void;
  onDismiss: () => void;
}

/** Asks whether to use the settings of the export just imported; nothing changes until Apply. */
export function SettingsOffer({ view, onApply, onDismiss }: SettingsOfferProps) {
  const t = useTranslator();
  if (view.kind === 'unusable')
    return (
      <section class="settings-offer" role="alert">
        <p>{t.t('settingsImport.unusable', say(t, view.message))}</p>
        <button type="button" onClick={onDismiss}>
          {t.t('settingsImport.dismiss')}
        </button>
      </section>
    );
  const fileName = view.settings.templates?.fileName;
  return (
    <section class="settings-offer" aria-labelledby="settings-offer-text">
      <p id="settings-offer-text">
        {t.t('settingsImport.offer')}
        {fileName !== undefined && (
          <>
            {' '}
            {t.t('settingsImport.fileNames')} <code>{fileName}</code>
          </>
        )}
      </p>
      <button type="button" onClick={onApply} autoFocus>
        {t.t('settingsImport.apply')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t.t('settingsImport.keepMine')}
      </button>
    </section>
  );
}
