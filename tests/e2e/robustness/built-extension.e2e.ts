import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robustnessCase } from '../../robustness/robustness-record';

// The built extension keeps the browser's default Content Security Policy for extension pages and
// loads no code from the network: nothing a captured page says can become code we run.

const builds = [
  resolve(process.env.CLEAN_CAPTURE_BUILD ?? '.output/chrome-mv3'),
  resolve('.output/firefox-mv2'),
].filter((dir) => existsSync(join(dir, 'manifest.json')));

const REMOTE_CODE = [
  /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i,
  /importScripts\(\s*["'`](?:https?:)?\/\//,
  /\bimport\(\s*["'`](?:https?:)?\/\//,
  /new\s+(?:Shared)?Worker\(\s*["'`](?:https?:)?\/\//,
  /\beval\(/,
  /new\s+Function\(\s*["'`]/,
];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|mjs|html)$/.test(f))
    .map((f) => join(dir, f));
}

describe('the built extension', () => {
  it.each(builds.map((dir) => [dir.split('/').at(-1) ?? dir, dir]))(
    '%s: a CSP that keeps images local, no remote code, no outside messaging',
    (_, dir) => {
      const tally = robustnessCase('extension build', `${dir.split('/').at(-1)}: manifest and output`);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const remote = files(dir).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return REMOTE_CODE.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
      });
      const loosened = [
        'externally_connectable',
        'host_permissions',
        'web_accessible_resources',
        'content_scripts',
      ].filter((key) => key in manifest);
      // The pages' CSP: the browser's default for scripts and objects, and images and media kept
      // to the extension, blob: and data: (so no stored article makes our pages load from the web).
      const policy = manifest.content_security_policy;
      const csp =
        typeof policy === 'string' ? policy : (policy as { extension_pages?: string })?.extension_pages;
      const directives = Object.fromEntries(
        (csp ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...v]) => [name, v.join(' ')]),
      );
      const cspSafe =
        ["'self'", "'self' 'wasm-unsafe-eval'"].includes(directives['script-src'] ?? '') &&
        directives['object-src'] === "'self'" &&
        directives['img-src'] === "'self' blob: data:" &&
        directives['media-src'] === "'self' blob: data:" &&
        Object.keys(directives).length === 4;
      // Other sites only as an optional permission, which the user grants from a click, never at install.
      const optional = manifest.optional_host_permissions ?? manifest.optional_permissions;
      tally.lost(0);
      tally.handled(remote.length === 0 && loosened.length === 0 && cspSafe);
      expect(loosened).toEqual([]);
      expect(directives).toMatchObject({ 'img-src': "'self' blob: data:", 'object-src': "'self'" });
      expect(cspSafe).toBe(true);
      expect(optional).toEqual(['<all_urls>']);
      // contextMenus adds entries to the right-click menu and no install warning; neither does
      // offscreen, Chrome's only (its background indexes captures for search in an offscreen document).
      expect(manifest.permissions).toEqual([
        'activeTab',
        'scripting',
        'storage',
        'unlimitedStorage',
        'contextMenus',
        ...(manifest.manifest_version === 3 ? ['offscreen'] : []),
      ]);
      expect(remote).toEqual([]);
    },
  );

  it('there is a build to check', () => {
    expect(builds.length).toBeGreaterThan(0);
  });
});
