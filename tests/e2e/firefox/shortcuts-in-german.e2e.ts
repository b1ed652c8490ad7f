import { checkShortcutsIn } from './check-shortcuts';

// German Firefox (firefox-esr-l10n-de): Alt+Shift+L, the old library default, opens Lesezeichen.
checkShortcutsIn('de', 'Alt+Shift+L', 'Lesezeichen');
