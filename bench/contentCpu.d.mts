export function loadCpuMs(events: unknown[]): number | null;
export function loadCost(events: unknown[]): { cpuMs: number; gcMs: number } | null;
export function contentCpu(
  dir: string,
  mode?: string,
): {
  page: number;
  loads: number[];
  byRun: Record<number, number>;
  gcByRun: Record<number, number>;
  cpuMs: number;
  cpuWithoutGcMs: number;
  gcMs: number;
}[];
