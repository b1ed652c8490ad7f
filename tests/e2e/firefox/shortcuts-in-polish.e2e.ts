import { checkShortcutsIn } from './check-shortcuts';

// Polish Firefox (firefox-esr-l10n-pl): Alt+Shift+Z opens Zakładki (bookmarks).
checkShortcutsIn('pl', 'Alt+Shift+Z', 'Zakładki');
