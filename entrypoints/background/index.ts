import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in the extension work (issue 3).
});
