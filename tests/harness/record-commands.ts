/**
 * Runs in an extension page: records every command the browser delivers to the extension, in
 * order, so a test can tell which key chords reached it (and, once a later one has arrived, that an
 * earlier one never did: the browser delivers commands in the order the keys were pressed).
 */
export const RECORD_COMMANDS = `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.recordedCommands = [];
  api.commands.onCommand.addListener((name) => globalThis.recordedCommands.push(name));
})()`;

/** Runs in the same page: the commands recorded so far. */
export const RECORDED_COMMANDS = 'globalThis.recordedCommands';
