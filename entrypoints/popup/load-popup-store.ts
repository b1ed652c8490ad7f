/** The popup's database calls (popup-store.ts), fetched on first use: never before the first rows are painted. */
export const loadPopupStore = () => import('./popup-store');

/** What loadPopupStore gives. */
export type PopupStore = Awaited<ReturnType<typeof loadPopupStore>>;
