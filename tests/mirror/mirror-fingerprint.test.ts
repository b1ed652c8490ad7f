import { describe, expect, it } from 'vitest';
import { mirrorFingerprintSource } from '../../lib/mirror/mirror-fingerprint';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { makeRecord } from '../articles/article-factory';

const record = makeRecord({ id: 7, tags: ['energy'] });
const links = [
  { url: 'https://example.com/b.jpg', sha256: 'b'.repeat(64), type: 'image/jpeg' },
  { url: 'https://example.com/a.jpg', sha256: 'a'.repeat(64), type: 'image/png' },
];

describe('mirrorFingerprintSource', () => {
  it('is the text the folder’s recorded fingerprints were made from, so files already written are not rewritten', () => {
    const sorted = [...links].reverse();
    expect(mirrorFingerprintSource(record, links, DEFAULT_TEMPLATE_SETTINGS, false)).toBe(
      JSON.stringify([record, sorted, DEFAULT_TEMPLATE_SETTINGS]),
    );
    expect(mirrorFingerprintSource(record, links, DEFAULT_TEMPLATE_SETTINGS, true)).toBe(
      JSON.stringify([record, [], DEFAULT_TEMPLATE_SETTINGS]),
    );
  });

  it('changes with the templates', () => {
    const other = { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{title}' };
    expect(mirrorFingerprintSource(record, [], other, false)).not.toBe(
      mirrorFingerprintSource(record, [], DEFAULT_TEMPLATE_SETTINGS, false),
    );
  });
});
