import { SiteAccessRequest } from '../../components/shared/SiteAccessRequest';
import { LinkOutcome } from '../../components/allow-site/LinkOutcome';
import { useLinkCapture } from './use-link-capture';

/**
 * The window "Save linked article" opens when the link's site is not allowed yet: why Clean
 * Capture must read it, the button that asks the browser, then what became of the article.
 */
export function App({ search }: { search: string }) {
  const { link, site, view, allow, refuse } = useLinkCapture(search);
  return (
    <main class="allow-site">
      <h1>Save linked article</h1>
      {link === null ? (
        <p role="alert">This window was opened without a web link to save; nothing was saved.</p>
      ) : view.kind === 'asking' ? (
        <SiteAccessRequest
          reason={`To save “${link}” without opening it, Clean Capture needs to read pages on ${site}: it loads the page in a hidden tab, keeps the article, and closes the tab.`}
          allowLabel={`Allow ${site} and save`}
          onAllow={allow}
          onCancel={refuse}
        />
      ) : (
        <LinkOutcome view={view} onClose={() => window.close()} />
      )}
    </main>
  );
}
