// Where the content script's time goes, per load: each main-thread task the extension touched, broken down by the
// trace events inside it (compile, evaluation, GC, style…) and by V8 samples (the innermost frame of the
// extension's script: function name and column in the built file, and the leaf frame the sample ended in), and in
// thread CPU time (the tasks' `tdur`: on a loaded machine their wall time is mostly the thread waiting for a core).
// Usage: node bench/perf/attribute.mjs <traces dir> [built content script, to print the code at each column]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  extensionEventIntervals,
  findNavigation,
  isAnyExtensionUrl as isExt,
  mergeIntervals,
  overlap,
  topLevelTasks,
} from './lib/trace.mjs';

const [dir, scriptFile] = process.argv.slice(2);
const source = scriptFile ? readFileSync(scriptFile, 'utf8') : null;
// Events that are only wrappers around others (their time is the children's).
const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'SimpleWatcher::OnHandleReady',
  'Receive mojo message',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

function profileSamples(events, pid, tid) {
  const profiles = new Map();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid)
      profiles.set(e.id, { start: e.args?.data?.startTime ?? e.ts, chunks: [] });
  for (const e of events)
    if (e.name === 'ProfileChunk' && e.pid === pid && profiles.has(e.id)) profiles.get(e.id).chunks.push(e);
  const out = [];
  for (const p of profiles.values()) {
    const nodes = new Map();
    const samples = [];
    const deltas = [];
    for (const c of p.chunks.sort((a, b) => a.ts - b.ts)) {
      const d = c.args?.data ?? {};
      for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(d.cpuProfile?.samples ?? []));
      deltas.push(...(d.timeDeltas ?? []));
    }
    for (const n of nodes.values()) for (const c of n.children ?? []) if (nodes.get(c)) nodes.get(c).parent = n.id;
    let t = p.start;
    for (let i = 0; i < Math.min(samples.length, deltas.length); i++) {
      t += deltas[i];
      const stack = [];
      for (let id = samples[i]; id !== undefined; id = nodes.get(id)?.parent) {
        const n = nodes.get(id);
        if (!n) break;
        stack.push(n.callFrame);
      }
      out.push({ t, stack });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

const where = (f) => {
  const name = `${f.functionName || '(anon)'}@${f.columnNumber}`;
  return source ? `${name} ${JSON.stringify(source.slice(f.columnNumber, f.columnNumber + 40))}` : name;
};

const totals = {};
const cpuPerLoad = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('-with.json'))
  .sort()) {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const events = raw.traceEvents ?? raw;
  const nav = findNavigation(events, []);
  if (!nav) continue;
  const { pid, tid } = nav;
  const { main, intervals: evIv } = extensionEventIntervals(events, pid, tid);
  const samples = profileSamples(events, pid, tid);
  const gap = 10_000;
  const smIv = [];
  for (let i = 0; i < samples.length; i++) {
    if (!samples[i].stack.some((f) => isExt(f.url))) continue;
    smIv.push([samples[i].t, Math.min(samples[i + 1]?.t ?? samples[i].t + 100, samples[i].t + gap)]);
  }
  const union = mergeIntervals([...evIv, ...smIv]);
  const tasks = topLevelTasks(events, pid, tid).filter((t) => t.end > nav.ts && overlap(union, t.ts, t.end) > 0);
  let sum = 0;
  let cpu = 0;
  const lines = [];
  const runTasks = new Map(main.filter((e) => e.name === 'RunTask').map((e) => [e.ts, e]));
  for (const t of tasks) {
    const x = overlap(union, t.ts, t.end) / 1000;
    const tCpu = (runTasks.get(t.ts)?.tdur ?? t.dur) / 1000;
    sum += x;
    cpu += tCpu;
    // trace events inside the task, by name (self time is not computed: nested names show both), wall and thread CPU
    const byName = {};
    const cpuByName = {};
    for (const e of main) {
      if (e.ts < t.ts || e.ts >= t.end || WRAPPERS.has(e.name)) continue;
      byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
      cpuByName[e.name] = (cpuByName[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
    }
    const bySample = {};
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i];
      if (s.t < t.ts || s.t >= t.end) continue;
      const dt = Math.min((samples[i + 1]?.t ?? s.t) - s.t, gap) / 1000;
      const ext = s.stack.find((f) => isExt(f.url));
      const leaf = s.stack[0];
      const key = ext
        ? `${where(ext)} <- leaf ${leaf.functionName || '(anon)'}${isExt(leaf.url) ? '' : ` [${leaf.url ? leaf.url.slice(0, 30) : 'native'}]`}`
        : `(no ext frame) ${leaf?.functionName}`;
      bySample[key] = (bySample[key] ?? 0) + dt;
    }
    lines.push(
      `  task at ${((t.ts - nav.ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(2)} ms wall, ${tCpu.toFixed(2)} ms CPU, ${x.toFixed(2)} ms ext`,
    );
    for (const [k, v] of Object.entries(byName)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12))
      if (v >= 0.1) lines.push(`    ev  ${v.toFixed(2).padStart(7)} (CPU ${cpuByName[k].toFixed(2).padStart(6)}) ${k}`);
    for (const [k, v] of Object.entries(bySample)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12))
      if (v >= 0.1) lines.push(`    smp ${v.toFixed(2).padStart(7)} ${k}`);
    for (const [k, v] of Object.entries(bySample)) {
      const fn = k.split(' <- ')[0].split(' ')[0];
      totals[fn] = (totals[fn] ?? 0) + v;
    }
  }
  cpuPerLoad.push(cpu);
  console.log(`${file} ${nav.url}: ${sum.toFixed(2)} ms (tasks' CPU ${cpu.toFixed(2)} ms) in ${tasks.length} tasks`);
  for (const l of lines) console.log(l);
}
console.log('\nsampled time by innermost extension function, all loads:');
for (const [k, v] of Object.entries(totals)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(
    `  ${v.toFixed(2).padStart(8)} ${source ? where({ functionName: k.split('@')[0], columnNumber: Number(k.split('@')[1]) }) : k}`,
  );
const sorted = cpuPerLoad.sort((a, b) => a - b);
console.log(
  `\nCPU of the content script's tasks per load: median ${sorted[sorted.length >> 1]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms (${sorted.length} loads)`,
);
