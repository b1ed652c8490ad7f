import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { messageOf } from '../../lib/message-of';
import { message, type Message } from '../../lib/i18n/message';
import { readSettings, updateSettings } from '../../lib/platform/settings-store';
import { getStoredArticle, listRecentArticles } from '../../lib/platform/store/article-store';
import { getDatabase } from '../../lib/platform/store/db';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';

/** The stored template settings, the newest article for the preview, and saving with its outcome. */
export function useTemplateSettings() {
  const [templates, setTemplates] = useState<TemplateSettings>(DEFAULT_TEMPLATE_SETTINGS);
  const [newest, setNewest] = useState<StoredArticle | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  useEffect(() => {
    void readSettings().then((settings) => setTemplates(settings.templates));
    const db = getDatabase();
    void listRecentArticles(db, 1).then(async ([record]) => {
      if (record) setNewest((await getStoredArticle(db, record.id)) ?? null);
    });
  }, []);

  const save = useCallback(async (next: TemplateSettings) => {
    try {
      setTemplates((await updateSettings({ templates: next })).templates);
      setStatus(message('options.saved'));
    } catch (error) {
      setStatus(message('options.notSaved', messageOf(error)));
    }
  }, []);

  return { templates, newest, status, save };
}
