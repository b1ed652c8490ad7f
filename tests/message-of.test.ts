import { describe, expect, it } from 'vitest';
import { messageOf } from '../lib/message-of';

describe('messageOf', () => {
  it("gives an Error's message without its name", () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  it('gives anything else thrown as a string', () => {
    expect(messageOf('quota reached')).toBe('quota reached');
    expect(messageOf(42)).toBe('42');
  });
});
