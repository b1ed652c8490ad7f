// What importing needs, loaded when the user heads for an import (parts.ts).
export { checkArchiveSize } from '../../lib/import/list-zip-entries';
export { DEFAULT_IMPORT_LIMITS } from '../../lib/import/read-export-zip';
export { summariseImport } from '../../lib/import/summarise-import';
export { readImportFiles } from '../../lib/import/read-import-files';
export { applyImport } from '../../lib/platform/apply-import';
export { previewRead } from '../../lib/platform/preview-import';
export { previewFolderImport } from '../../lib/platform/mirror/import-from-folder';
export { readZipSettings } from '../../lib/settings/read-zip-settings';
