import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { articleStream } from './article-stream';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from './join-chunks';
import { must } from '../harness/must';

const workDir = mkdtempSync(join(tmpdir(), 'clean-capture-export-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('an export opened by the system unzip', () => {
  const articles = [
    makeStoredArticle({ id: 1, title: 'Привет, мир!' }),
    makeStoredArticle({ id: 2, title: 'CON' }),
    makeStoredArticle({ id: 3, title: '../../etc/passwd' }),
    makeStoredArticle({ id: 4, title: 'Café' }),
    makeStoredArticle({ id: 5, title: 'CAFÉ' }),
    makeStoredArticle({ id: 6, title: 'مرحبا بالعالم', dir: 'rtl', lang: 'ar' }),
    ...articleStream(200, 3),
  ].map((article, i) => ({ ...article, id: i + 1 }));

  it('passes unzip -t and unpacks to exactly the exported files', async () => {
    const zipPath = join(workDir, 'export.zip');
    writeFileSync(zipPath, joinChunks(await buildExportZip(articles, { total: articles.length })));
    const test = execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);

    const outDir = join(workDir, 'out');
    execFileSync('unzip', ['-o', '-q', '-d', outDir, zipPath]);
    const names = readdirSync(outDir).sort();
    expect(names).toHaveLength(articles.length + 2);
    expect(names).toContain('привет-мир.md');
    expect(names).toContain('con-article.md');
    expect(names).toContain('etc-passwd.md');
    expect(names).toContain('café.md');
    expect(names).toContain('café-2.md');
    expect(names).toContain('مرحبا-بالعالم.md');
    // Nothing escaped the target folder or landed in a subfolder: the zip's own entries are bare file
    // names (readdirSync alone could never show a slash), and unpacking made those files and nothing else.
    const entries = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(entries.filter((entry) => /[/\\]|^\.\.?$/.test(entry))).toEqual([]);
    expect(entries.sort()).toEqual(names);
    expect(readdirSync(outDir, { recursive: true }).map(String).sort()).toEqual(names);
    expect(readdirSync(workDir).sort()).toEqual(['export.zip', 'out']);

    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
      articles: Array<{ file: string; id: number }>;
    };
    for (const entry of manifest.articles) {
      const article = must(articles.find((candidate) => candidate.id === entry.id));
      expect(readFileSync(join(outDir, entry.file), 'utf8')).toBe(articleDocument(article));
    }
    expect(readFileSync(join(outDir, 'index.md'), 'utf8')).toContain(`${articles.length} articles`);
  });
});
