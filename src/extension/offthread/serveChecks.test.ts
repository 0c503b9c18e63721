import { describe, expect, test } from 'vitest';
import type { FromWorker, ToWorker } from './checkMessages.ts';
import { serveChecks } from './serveChecks.ts';
import { activePacks, perPackSet } from '../../core/data/lang/packSet.ts';

const activeKey = (): string => activePacks().key;

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

  test('then compiles the packs of the reader’s languages', { timeout: 60_000 }, async () => {
    const sets = new Set<string>();
    perPackSet(() => sets.add(activeKey()));
    const e = endpoint();
    const serving = serveChecks(e.end);
    e.send({ type: 'warm-up', languages: ['fi-FI'] });
    expect(await serving.warmedUp).toBe('copy');
    for (let i = 0; i < 500 && !sets.has('en fi'); i++) await new Promise((r) => setTimeout(r, 20));
    expect([...sets]).toContain('en fi');
  });

  test('a check arriving while it compiles the reader’s packs stops it there', { timeout: 60_000 }, async () => {
    const sets = new Set<string>();
    // Registered last: the warm-up would build it last.
    perPackSet(() => sets.add(activeKey()));
    const e = endpoint();
    const serving = serveChecks(e.end);
    e.send({ type: 'warm-up', languages: ['sv'] });
    expect(await serving.warmedUp).toBe('copy');
    e.send({
      type: 'check',
      task: {
        input: { kind: 'html', html: '<p>Short.</p>', url: 'https://a.example/', contentType: 'text/html' },
        knownSites: [],
        memory: false,
      },
    });
    for (let i = 0; i < 200 && !e.posted.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(e.posted.map((m) => m.type)).toEqual(['done']);
    await new Promise((r) => setTimeout(r, 200));
    expect([...sets]).not.toContain('en sv');
  });
});
