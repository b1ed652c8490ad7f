// What the export and the open article's download, copy and Obsidian need in the page (parts.ts);
// the export's zips are written by its worker (run-export-worker.ts).
export { downloadBlob } from '../../lib/platform/download-chunks';
export { settingsFileText } from '../../lib/settings/settings-file';
export { copyArticle, downloadArticle, openInObsidian } from '../../lib/platform/article-out';
