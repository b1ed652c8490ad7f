import { SiteAccessRequest } from '../../components/shared/SiteAccessRequest';
import { LinkOutcome } from '../../components/allow-site/LinkOutcome';
import { useLinkCapture } from './use-link-capture';
import { useTranslator } from '../../components/shared/use-translator';

/**
 * The window "Save linked article" opens when the link's site is not allowed yet: why Clean
 * Capture must read it, the button that asks the browser, then what became of the article.
 */
export function App({ search }: { search: string }) {
  const t = useTranslator();
  const { link, site, view, allow, refuse } = useLinkCapture(search);
  return (
    <main class="allow-site">
      <h1>{t.t('allowSite.heading')}</h1>
      {link === null ? (
        <p role="alert">{t.t('allowSite.noLink')}</p>
      ) : view.kind === 'asking' ? (
        <SiteAccessRequest
          reason={t.t('allowSite.reason', link, site)}
          allowLabel={t.t('allowSite.allow', site)}
          onAllow={allow}
          onCancel={refuse}
        />
      ) : (
        <LinkOutcome view={view} onClose={() => window.close()} />
      )}
    </main>
  );
}
