import { describe, expect, test } from 'vitest';
import type { FromWorker, ToWorker } from './checkMessages.ts';
import type { RelayIn, RelayOut } from './relayMessages.ts';
import { workerRelay, type RelayWorker } from './workerRelay.ts';

interface FakeWorker extends RelayWorker {
  n: number;
  received: ToWorker[];
  terminated: boolean;
  say(message: FromWorker): void;
}

function fakeWorkers() {
  const started: FakeWorker[] = [];
  const start = (): RelayWorker => {
    let handler: (m: FromWorker) => void = () => undefined;
    const w: FakeWorker = {
      n: started.length,
      received: [],
      terminated: false,
      post: (m) => void w.received.push(m),
      listen: (h) => {
        handler = h;
      },
      terminate: () => {
        w.terminated = true;
      },
      say: (m) => handler(m),
    };
    started.push(w);
    return w;
  };
  return { started, start };
}

function fakePort() {
  const out: RelayOut[] = [];
  let onMessage: (m: RelayIn) => void = () => undefined;
  let onDisconnect: () => void = () => undefined;
  return {
    out,
    send: (m: RelayIn) => onMessage(m),
    disconnect: () => onDisconnect(),
    port: {
      postMessage: (m: RelayOut) => void out.push(m),
      onMessage: {
        addListener: (l: (m: RelayIn) => void) => {
          onMessage = l;
        },
      },
      onDisconnect: {
        addListener: (l: () => void) => {
          onDisconnect = l;
        },
      },
    },
  };
}

const CHECK: ToWorker = {
  type: 'check',
  task: { input: { kind: 'url', url: 'https://example.com/a' }, knownSites: [], memory: false },
};
const DONE: FromWorker = {
  type: 'failed',
  error: { name: 'Error', code: null, message: 'x', url: null, status: null },
};

describe('workerRelay', () => {
  test('starts a worker per spawn and relays both ways under the spawn id', () => {
    const w = fakeWorkers();
    const relay = workerRelay(w.start);
    const p = fakePort();
    relay.serve(p.port);
    p.send({ op: 'spawn', id: 7 });
    p.send({ op: 'post', id: 7, message: { type: 'warm-up' } });
    w.started[0]!.say({ type: 'fetch', call: 0, url: 'https://example.com/' });
    expect(w.started).toHaveLength(1);
    expect(w.started[0]!.received).toEqual([{ type: 'warm-up' }]);
    expect(p.out).toEqual([{ id: 7, message: { type: 'fetch', call: 0, url: 'https://example.com/' } }]);
    p.send({ op: 'terminate', id: 7 });
    expect(w.started[0]!.terminated).toBe(true);
  });

  // What each worker was doing when the service worker's port went, and whether it is kept for the next one.
  test.each([
    { doing: 'warming up, no check', posts: [{ type: 'warm-up' }] as ToWorker[], answered: false, kept: true },
    { doing: 'a check in flight', posts: [CHECK], answered: false, kept: false },
    { doing: 'a check answered', posts: [CHECK], answered: true, kept: true },
  ])('a worker $doing when the service worker stops: kept as the spare = $kept', ({ posts, answered, kept }) => {
    const w = fakeWorkers();
    const relay = workerRelay(w.start);
    const first = fakePort();
    relay.serve(first.port);
    first.send({ op: 'spawn', id: 0 });
    for (const message of posts) first.send({ op: 'post', id: 0, message });
    if (answered) w.started[0]!.say(DONE);
    first.disconnect();
    expect(w.started[0]!.terminated).toBe(!kept);
    expect(relay.hasSpare()).toBe(kept);

    const next = fakePort();
    relay.serve(next.port);
    next.send({ op: 'spawn', id: 0 });
    expect(w.started).toHaveLength(kept ? 1 : 2);
    const serving = w.started[w.started.length - 1]!;
    serving.say({ type: 'recall', call: 1, sketch: [], limit: 3 });
    // The new port hears the worker; the old one never again.
    expect(next.out).toEqual([{ id: 0, message: { type: 'recall', call: 1, sketch: [], limit: 3 } }]);
    expect(first.out).toHaveLength(answered ? 1 : 0);
    expect(relay.hasSpare()).toBe(false);
  });

  test('keeps one spare at most; the other idle workers are terminated', () => {
    const w = fakeWorkers();
    const relay = workerRelay(w.start);
    const p = fakePort();
    relay.serve(p.port);
    for (const id of [0, 1, 2]) p.send({ op: 'spawn', id });
    p.disconnect();
    expect(w.started.map((x) => x.terminated)).toEqual([false, true, true]);
    expect(relay.hasSpare()).toBe(true);
  });

  test('a spare whose script fails is dropped, and the next spawn starts a new worker', () => {
    const w = fakeWorkers();
    const relay = workerRelay(w.start);
    const p = fakePort();
    relay.serve(p.port);
    p.send({ op: 'spawn', id: 0 });
    p.disconnect();
    w.started[0]!.say(DONE);
    expect(w.started[0]!.terminated).toBe(true);
    expect(relay.hasSpare()).toBe(false);
    const next = fakePort();
    relay.serve(next.port);
    next.send({ op: 'spawn', id: 0 });
    expect(w.started).toHaveLength(2);
  });
});
