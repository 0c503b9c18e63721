import { describe, expect, test } from 'vitest';
import type { FromWorker, ToWorker } from './checkMessages.ts';
import { serveChecks } from './serveChecks.ts';

function endpoint() {
  const posted: FromWorker[] = [];
  let handler: (m: ToWorker) => void = () => undefined;
  return {
    posted,
    send: (m: ToWorker) => handler(m),
    end: {
      post: (m: FromWorker) => void posted.push(m),
      listen: (h: (m: ToWorker) => void) => {
        handler = h;
      },
    },
  };
}

describe('serveChecks: the warm-up', () => {
  test('goes through every stage (a verified copy) and asks the background for nothing', {
    timeout: 60_000,
  }, async () => {
    const e = endpoint();
    const serving = serveChecks(e.end);
    e.send({ type: 'warm-up' });
    expect(await serving.warmedUp).toBe('copy');
    expect(e.posted).toEqual([]);
  });

  test('gives way to a real check: the check is served, the warm-up stops', { timeout: 60_000 }, async () => {
    const e = endpoint();
    const serving = serveChecks(e.end);
    e.send({ type: 'warm-up' });
    e.send({
      type: 'check',
      task: {
        input: {
          kind: 'html',
          html: '<html><body><p>Short.</p></body></html>',
          url: 'https://a.example/',
          contentType: 'text/html',
        },
        knownSites: [],
        memory: false,
      },
    });
    expect(await serving.warmedUp).toBeNull();
    for (let i = 0; i < 200 && !e.posted.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(e.posted.map((m) => m.type)).toEqual(['done']);
  });

  test('lets a check posted while it works in as soon as its current stage ends', { timeout: 60_000 }, async () => {
    const e = endpoint();
    const serving = serveChecks(e.end);
    e.send({ type: 'warm-up' });
    // A message from another thread arrives as a task of the event loop, never inside the warm-up's synchronous work.
    setTimeout(() =>
      e.send({
        type: 'check',
        task: {
          input: { kind: 'html', html: '<p>Short.</p>', url: 'https://a.example/', contentType: 'text/html' },
          knownSites: [],
          memory: false,
        },
      }),
    );
    expect(await serving.warmedUp).toBeNull();
  });
});
