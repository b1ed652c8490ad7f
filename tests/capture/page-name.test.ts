import { describe, expect, it } from 'vitest';
import { pageName } from '../../lib/capture/page-name';

describe('pageName', () => {
  it('is the decoded last path segment, else the host', () => {
    expect(pageName(new URL('https://x.example/photos/caf%C3%A9.png'))).toBe('café.png');
    expect(pageName(new URL('https://x.example/'))).toBe('x.example');
  });

  it('keeps a segment that is not valid percent-encoding as written instead of throwing', () => {
    expect(pageName(new URL('https://x.example/img/a%E0.png'))).toBe('a%E0.png');
  });
});
