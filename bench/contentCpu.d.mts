export function loadCpuMs(events: unknown[]): number | null;
export function contentCpu(
  dir: string,
  mode?: string,
): { page: number; loads: number[]; byRun: Record<number, number>; cpuMs: number }[];
