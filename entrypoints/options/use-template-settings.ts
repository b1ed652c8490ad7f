import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { saidOf } from '../../lib/i18n/message-error';
import { message, type Message } from '../../lib/i18n/message';
import { readSettings, updateSettings } from '../../lib/platform/settings-store';
import { getStoredArticle, listRecentArticles } from '../../lib/platform/store/article-store';
import { getDatabase } from '../../lib/platform/store/db';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings-schema';

/** The settings this page edits. */
export type PageSettings = Pick<Settings, 'templates' | 'markdownStyle' | 'obsidianVault'>;

/** The stored settings the page edits, the newest article for the preview, and saving with its outcome. */
export function useTemplateSettings() {
  const [settings, setSettings] = useState<PageSettings>(DEFAULT_SETTINGS);
  const [newest, setNewest] = useState<StoredArticle | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    const db = getDatabase();
    void listRecentArticles(db, 1).then(async ([record]) => {
      if (record) setNewest((await getStoredArticle(db, record.id)) ?? null);
    });
  }, []);

  const save = useCallback(async (next: PageSettings) => {
    try {
      setSettings(await updateSettings(next));
      setStatus(message('options.saved'));
    } catch (error) {
      setStatus(message('options.notSaved', saidOf(error)));
    }
  }, []);

  return { settings, newest, status, save };
}
