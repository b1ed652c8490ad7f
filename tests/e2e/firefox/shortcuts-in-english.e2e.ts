import { checkShortcutsIn } from './check-shortcuts';

// Firefox as installed (en-US): Alt+Shift+S, the old capture default, opens History.
checkShortcutsIn(undefined, 'Alt+Shift+S', 'History');
