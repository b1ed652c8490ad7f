import { describe, expect, it } from 'vitest';
import { message } from '../../lib/i18n/message';
import { MessageError } from '../../lib/i18n/message-error';
import { explainStorageError } from '../../lib/messaging/capture-errors';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { say } from '../../lib/i18n/message';

const said = (error: unknown) => {
  const outcome = explainStorageError(error);
  if (outcome.status !== 'failed') throw new Error('The save did not fail.');
  return outcome.message;
};

describe('explainStorageError', () => {
  it('says why a save failed in the reader’s language when the store gave a message, never its key', () => {
    const error = new MessageError(message('library.importConflict'));
    const english = inEnglish(said(error));
    expect(english).not.toContain('library.importConflict');
    expect(english).toContain(inEnglish(message('library.importConflict')));
    expect(say(translatorFor('de'), said(error))).not.toBe(english);
  });

  it('keeps the words of an error from IndexedDB as they are', () => {
    expect(inEnglish(said(new Error('The transaction was aborted.')))).toContain(
      'The transaction was aborted.',
    );
  });

  it('tells a full disk apart', () => {
    expect(
      explainStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
    ).toMatchObject({
      problem: 'storage-full',
    });
  });
});
