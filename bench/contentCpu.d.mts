export function loadCpuMs(events: unknown[]): number | null;
export function contentCpu(dir: string): { page: number; loads: number[]; cpuMs: number }[];
