import { describe, expect, it } from 'vitest';
import { answerCall, createWorkerCaller, failCall, type CallMessage } from '../../lib/search/worker-call';

type Calls = {
  search: { arg: string; result: string[] };
  count: { arg: null; result: number };
};

describe('worker calls', () => {
  it('settles each call with its own answer, whatever order the answers come in', async () => {
    const posted: CallMessage<Calls>[] = [];
    const caller = createWorkerCaller<Calls>((message) => posted.push(message));
    const first = caller.call('search', 'tides');
    const second = caller.call('count', null);
    const [tides, count] = posted;
    if (tides?.name !== 'search' || count?.name !== 'count') throw new Error('calls not posted in order');
    expect(tides.arg).toBe('tides');
    caller.settle(answerCall<Calls, 'count'>(count, 12));
    caller.settle(answerCall<Calls, 'search'>(tides, ['Spring tides']));
    expect(await first).toEqual(['Spring tides']);
    expect(await second).toBe(12);
  });

  it('drops an answer to no pending call, and a second answer to the same call', async () => {
    const posted: CallMessage<Calls>[] = [];
    const caller = createWorkerCaller<Calls>((message) => posted.push(message));
    const call = caller.call('count', null);
    const [message] = posted;
    if (message?.name !== 'count') throw new Error('call not posted');
    caller.settle({ type: 'answer', id: message.id + 100, name: 'count', result: 1 });
    caller.settle(answerCall<Calls, 'count'>(message, 2));
    caller.settle(answerCall<Calls, 'count'>(message, 3));
    expect(await call).toBe(2);
  });

  it('fails a call the worker could not answer, with the worker’s reason, instead of waiting for ever', async () => {
    const posted: CallMessage<Calls>[] = [];
    const caller = createWorkerCaller<Calls>((message) => posted.push(message));
    const call = caller.call('search', 'tides');
    const [message] = posted;
    if (message?.name !== 'search') throw new Error('call not posted');
    caller.settle(failCall(message, 'database disk image is malformed'));
    await expect(call).rejects.toThrow('database disk image is malformed');
  });

  it('fails every call still waiting when the worker is gone', async () => {
    const caller = createWorkerCaller<Calls>(() => undefined);
    const search = caller.call('search', 'tides');
    const count = caller.call('count', null);
    caller.abandon('the search worker stopped');
    await expect(search).rejects.toThrow('the search worker stopped');
    await expect(count).rejects.toThrow('the search worker stopped');
  });
});
