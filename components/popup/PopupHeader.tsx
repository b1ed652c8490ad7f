export interface PopupHeaderProps {
  /** Null while still being counted. */
  total: number | null;
  shown: number;
  libraryUrl: string;
  settingsUrl: string;
}

/** Name, how many articles are stored, and the way to the full library. */
export function PopupHeader({ total, shown, libraryUrl, settingsUrl }: PopupHeaderProps) {
  const count =
    total === null
      ? ''
      : total > shown
        ? `Newest ${shown} of ${total.toLocaleString()}`
        : `${total.toLocaleString()} saved`;
  return (
    <header class="header">
      <h1 class="header__name">Clean Capture</h1>
      <span class="header__count">{count}</span>
      <a class="header__link" href={libraryUrl} target="_blank" rel="noreferrer">
        Open library
      </a>
      <a class="header__link" href={settingsUrl} target="_blank" rel="noreferrer">
        Settings
      </a>
    </header>
  );
}
