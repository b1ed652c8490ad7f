import { defineConfig } from 'wxt';
import { iconPaths } from './lib/toolbar/icon-sizes';
import { DEFAULT_SHORTCUTS } from './lib/shortcuts/default-shortcuts';
import { inlinePageStyles } from './tools/inline-page-styles';

/** Images and media of our pages: the extension, stored blobs and inline data, never a web address. */
const LOCAL_MEDIA = "img-src 'self' blob: data:; media-src 'self' blob: data:";

/** The toolbar button's title and icon, in both browsers. */
const TOOLBAR_BUTTON = { default_title: '__MSG_extension_toolbarTitle__', default_icon: iconPaths() };

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: every file shows what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The sources zip is for Firefox's reviewers to rebuild from: test and demo output are no source.
  zip: { excludeSources: ['test-output/**', 'demo-output/**'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Workers keep their own names, without a hash: the library's head script starts its search
    // worker by name, before the page's modules load (entrypoints/library-start.ts).
    worker: { rollupOptions: { output: { entryFileNames: 'assets/[name].js' } } },
    // The popup's first frame waits for no stylesheet file (tools/inline-page-styles.ts).
    plugins: [inlinePageStyles(['entrypoints/popup/index.html'])],
  }),
  // A function, so each browser's manifest carries only its own keys.
  manifest: ({ browser }) => ({
    // Names and descriptions come from locales/<lang>.yml, in the browser's language.
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // No host permissions and no content scripts: activeTab grants the one tab the user points at.
    // Chrome's background (a service worker) indexes new articles for search in an offscreen
    // document (lib/platform/search-index-host.ts); the permission shows no install warning.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Images on other sites (CDNs) are fetched only once the user allows it, from a click in the
    // popup (lib/platform/keep-article-images.ts). Firefox's MV2 manifest has no optional host
    // permissions; there origins sit among the optional permissions (WXT does not move them).
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    // Our pages show images only from the extension itself, stored blobs and inline data: a saved
    // article can never make them load an image from the network (the rest is the browser default).
    content_security_policy:
      browser === 'firefox'
        ? `script-src 'self'; object-src 'self'; ${LOCAL_MEDIA}`
        : { extension_pages: `script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; ${LOCAL_MEDIA}` },
    icons: iconPaths(),
    // Firefox's MV2 manifest names the button browser_action (WXT's popup fills in that key, so an
    // `action` given here would be dropped), and its button goes to the Extensions menu unless it
    // asks for the toolbar.
    ...(browser === 'firefox'
      ? { browser_action: { ...TOOLBAR_BUTTON, default_area: 'navbar' as const } }
      : { action: TOOLBAR_BUTTON }),
    commands: {
      'capture-page': {
        suggested_key: { default: DEFAULT_SHORTCUTS['capture-page'] },
        description: '__MSG_command_capturePage__',
      },
      'save-selection': {
        suggested_key: { default: DEFAULT_SHORTCUTS['save-selection'] },
        description: '__MSG_command_saveSelection__',
      },
      'open-library': {
        suggested_key: { default: DEFAULT_SHORTCUTS['open-library'] },
        description: '__MSG_command_openLibrary__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{b708f533-8638-4a98-891f-c86fc61337a8}',
              strict_min_version: '140.0',
              // Nothing leaves the browser: articles stay in local IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
