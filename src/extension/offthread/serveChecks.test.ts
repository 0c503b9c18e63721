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

/** A worker serving checks that was just asked to warm up (for the reader's `languages`, if any). */
function warmingUp(languages?: string[]) {
  const e = endpoint();
  const serving = serveChecks(e.end);
  e.send(languages ? { type: 'warm-up', languages } : { type: 'warm-up' });
  return { ...e, serving };
}

/** A real check of a tiny page: what the warm-up must give way to. */
const shortCheck = (html = '<p>Short.</p>'): ToWorker => ({
  type: 'check',
  task: {
    input: { kind: 'html', html, url: 'https://a.example/', contentType: 'text/html' },
    knownSites: [],
    memory: false,
  },
});

/** Polls until `done` holds or `tries` × 20 ms have passed (the worker answers on its own tasks). */
async function until(done: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('serveChecks: the warm-up', () => {
  test('goes through every stage (a verified copy) and asks the background for nothing', {
    timeout: 60_000,
  }, async () => {
    const { posted, serving } = warmingUp();
    expect(await serving.warmedUp).toBe('copy');
    expect(posted).toEqual([]);
  });

  test('gives way to a real check: the check is served, the warm-up stops', { timeout: 60_000 }, async () => {
    const { posted, send, serving } = warmingUp();
    send(shortCheck('<html><body><p>Short.</p></body></html>'));
    expect(await serving.warmedUp).toBeNull();
    await until(() => posted.length > 0);
    expect(posted.map((m) => m.type)).toEqual(['done']);
  });

  test('lets a check posted while it works in as soon as its current stage ends', { timeout: 60_000 }, async () => {
    const { send, serving } = warmingUp();
    // A message from another thread arrives as a task of the event loop, never inside the warm-up's synchronous work.
    setTimeout(() => send(shortCheck()));
    expect(await serving.warmedUp).toBeNull();
  });

  test('then compiles the packs of the reader’s languages', { timeout: 60_000 }, async () => {
    const sets = new Set<string>();
    perPackSet(() => sets.add(activeKey()));
    const { serving } = warmingUp(['fi-FI']);
    expect(await serving.warmedUp).toBe('copy');
    await until(() => sets.has('en fi'), 500);
    expect([...sets]).toContain('en fi');
  });

  test('a check arriving while it compiles the reader’s packs stops it there', { timeout: 60_000 }, async () => {
    const sets = new Set<string>();
    // Registered last: the warm-up would build it last.
    perPackSet(() => sets.add(activeKey()));
    const { posted, send, serving } = warmingUp(['sv']);
    expect(await serving.warmedUp).toBe('copy');
    send(shortCheck());
    await until(() => posted.length > 0);
    expect(posted.map((m) => m.type)).toEqual(['done']);
    await new Promise((r) => setTimeout(r, 200));
    expect([...sets]).not.toContain('en sv');
  });
});
