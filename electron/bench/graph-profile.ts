/** The parts of a V8 CPU profile (CDP `Profiler.stop`) the summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's self time in a profile. */
export interface ProfileEntry {
  ms: number;
  fn: string;
}

/**
 * The functions with the most self time in a CPU profile, heaviest first:
 * where the main thread went (the file name is kept without its folders).
 */
export function topSelfTime(profile: CpuProfile, limit = 15): ProfileEntry[] {
  const names = new Map<number, string>();
  for (const { id, callFrame } of profile.nodes) {
    const file = callFrame.url.split('/').at(-1) ?? '';
    const where = file === '' ? '' : ` ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    names.set(id, `${callFrame.functionName || '(anonymous)'}${where}`);
  }
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((node, i) => {
    const name = names.get(node) ?? '?';
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...totals]
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
}
