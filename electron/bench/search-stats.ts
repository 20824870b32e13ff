import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Figures reported for one engine, with the JSON keys of the benchmark. */
export interface EngineFigures {
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  recallAt3NoTones: number;
  recallAt3Tones: number;
  heapMB: number;
  [extra: string]: number;
}

/** Rounds to `digits` decimals. */
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Measures `run` for every query: wall and CPU times in ms, and the share found in the top 3. */
export function measureQueries<Q>(queries: readonly Q[], run: (query: Q) => boolean) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const hit = run(query);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (hit) found++;
  }
  return { wall, cpu, recall: queries.length === 0 ? 0 : found / queries.length };
}

let collect: (() => void) | null = null;

/** Heap plus array buffers in use, in MB, after a full garbage collection. */
export function memoryMB(): number {
  if (collect === null) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}
