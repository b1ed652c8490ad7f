// What the export and the open article's download, copy and Obsidian need (parts.ts).
export { exportInParts } from '../../lib/export/export-in-parts';
export { downloadBlob } from '../../lib/platform/download-chunks';
export { exportAnnotationSource } from '../../lib/platform/store/export-annotation-source';
export { exportImageSource } from '../../lib/platform/store/export-image-source';
export { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
export { settingsFileText } from '../../lib/settings/settings-file';
export { copyArticle, downloadArticle, openInObsidian } from '../../lib/platform/article-out';
