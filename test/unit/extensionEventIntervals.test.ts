// The extension's share of a load's main thread, by trace events (bench/perf/lib/trace.mjs): what contentCpu.mjs and
// perf/attribute.mjs bill. Hand-written events: an extension script's, one more in the world it ran in, the page's.
import { describe, expect, test } from 'vitest';
import { extensionEventIntervals } from '../../bench/perf/lib/trace.mjs';

const X = (ts: number, dur: number, args: Record<string, unknown>, tid = 1) => ({
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur,
  args,
});
const EXT = 'chrome-extension://abc/content.js';

describe('extensionEventIntervals', () => {
  test('its scripts and its isolated world count; the page, other threads and empty events do not', () => {
    const events = [
      X(100, 50, { data: { url: EXT }, worldId: 3 }), // its script, in world 3
      X(200, 20, { worldId: 3 }), // more work in that world (a listener)
      X(300, 40, { data: { url: 'https://news.example/app.js' }, worldId: 1 }), // the page's own script
      X(400, 10, { fileName: EXT }), // a compile naming the script by file
      X(500, 10, { data: { url: EXT } }, 2), // another thread
      X(600, 0, { data: { url: EXT } }), // no duration
    ];
    const { main, intervals } = extensionEventIntervals(events, 7, 1);
    expect(main).toHaveLength(4);
    expect(intervals).toEqual([
      [100, 150],
      [200, 220],
      [400, 410],
    ]);
  });
});
