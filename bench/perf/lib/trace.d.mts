// Types of trace.mjs for the TypeScript that imports it (its unit test); the events are Chrome trace events.
type Interval = [start: number, end: number];
interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  args?: Record<string, unknown>;
}
export function mergeIntervals(list: Interval[]): Interval[];
export function overlap(merged: Interval[], a: number, b: number): number;
export function isAnyExtensionUrl(u: unknown): boolean;
export function extensionEventIntervals(
  events: TraceEvent[],
  pid: number,
  tid: number,
): { main: TraceEvent[]; intervals: Interval[] };
export function findNavigation(
  events: TraceEvent[],
  pageUrls: string[],
): { pid: number; tid: number; ts: number; url: string; fallback?: boolean } | null;
export function topLevelTasks(
  events: TraceEvent[],
  pid: number,
  tid: number,
): { ts: number; dur: number; end: number }[];
export function threadProfile(
  events: TraceEvent[],
  pid: number,
  tid: number,
  isExtUrl: (url: unknown) => boolean,
): { times: number[]; extUrl: (string | null)[]; profiles: number };
export function analyzeTrace(events: TraceEvent[], o: Record<string, unknown>): Record<string, unknown>;
