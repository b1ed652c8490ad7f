// The popup's calls on its database and settings, in a module of their own that the popup loads
// only after its first paint (load-popup-store.ts): Dexie, the store's and the settings' code (their
// schemas, templates, migrations) were more than half of the script the popup ran before its first
// rows, which come from the head script's reads (plain IndexedDB and storage.local) without them.
export { getDatabase } from '../../lib/platform/store/db';
export {
  countArticles,
  deleteArticle,
  getStoredArticle,
  hasArticle,
  listNewestArticles,
  listRecentArticles,
  listTagNames,
  readArticleTags,
  restoreArticle,
  setArticleTags,
} from '../../lib/platform/store/article-store';
export { refreshFirstScreen } from '../../lib/platform/first-screen-store';
export { readMirrorFolder, requestFolderPermission } from '../../lib/platform/mirror/folder-access';
export { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
export { exportAnnotationSource } from '../../lib/platform/store/export-annotation-source';
export { exportImageSource } from '../../lib/platform/store/export-image-source';
export { readSettings, updateSettings } from '../../lib/platform/settings-store';
export { takeShortcutFailure } from '../../lib/platform/shortcut-feedback';
