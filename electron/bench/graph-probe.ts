import { quantile, round2 } from './stats.js';

/**
 * What the page records from the start (installed as an init script, so it
 * runs in the browser, not here): every click's time, every long task
 * (PerformanceObserver 'longtask') and every animation frame's time.
 */
export function installProbe(): void {
  const probe = { clicks: [] as number[], longTasks: [] as Array<[number, number]>, frames: [] as number[] };
  (globalThis as unknown as { __graphProbe: typeof probe }).__graphProbe = probe;
  addEventListener('click', (event) => probe.clicks.push(event.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const frame = (time: number) => {
    probe.frames.push(time);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** What the probe and the app's performance marks hold, read out of the page. */
export interface ProbeRecord {
  clicks: number[];
  /**
   * Frames the graph drew off the page (`graph:draw` measures): start, duration of the drawing calls,
   * interval since the previous frame, 1 when it was the last full frame moved to a new camera (else 0).
   */
  draws: Array<[number, number, number, number]>;
  longTasks: Array<[number, number]>;
  frames: number[];
  marks: Record<string, number>;
}

/** Reads the probe and the `graph:*` marks the graph view sets (runs in the page). */
export function readProbe(): ProbeRecord {
  const probe = (globalThis as unknown as { __graphProbe: Omit<ProbeRecord, 'marks'> }).__graphProbe;
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark'))
    if (mark.name.startsWith('graph:')) marks[mark.name] ??= mark.startTime;
  const draws = performance.getEntriesByName('graph:draw').map((entry): [number, number, number, number] => {
    const detail = (entry as PerformanceMeasure).detail as { interval?: number; snapshot?: boolean } | null;
    return [entry.startTime, entry.duration, detail?.interval ?? NaN, detail?.snapshot === true ? 1 : 0];
  });
  return { ...probe, marks, draws };
}

/** The figures of one graph opening, in milliseconds from the click. */
export interface OpeningFigures {
  /** Graph data received from the backend. */
  dataMs: number | null;
  /** The view drew its first frame. */
  firstFrameMs: number | null;
  /** The layout worker finished. */
  settledMs: number | null;
  longestTaskMs: number;
  longTasksSumMs: number;
  longTasks: number;
  /** Intervals between animation frames from the click to the layout's end. */
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  /** Frames the graph drew while laying out (in its worker when it has one) and their durations. */
  draws: DrawFigures;
}

/**
 * Frames the graph drew in a span of time: the time of their drawing calls
 * (rasterising comes after) and the intervals between them (all of it).
 */
interface DrawFigures {
  count: number;
  /** Of those, frames that showed the last full frame moved to a new camera. */
  moved: number;
  callsP50Ms: number;
  callsMaxMs: number;
  intervalP50Ms: number;
  intervalP95Ms: number;
  intervalMaxMs: number;
}

function drawFigures(draws: Array<[number, number, number, number]>, from: number, to: number): DrawFigures {
  const within = draws.filter(([start]) => start >= from && start <= to);
  const calls = within.map(([, duration]) => duration);
  const intervals = within.slice(1).map(([, , interval]) => interval);
  return {
    count: within.length,
    moved: within.filter(([, , , moved]) => moved === 1).length,
    callsP50Ms: round2(quantile(calls, 0.5)),
    callsMaxMs: round2(Math.max(0, ...calls)),
    intervalP50Ms: round2(quantile(intervals, 0.5)),
    intervalP95Ms: round2(quantile(intervals, 0.95)),
    intervalMaxMs: round2(Math.max(0, ...intervals)),
  };
}

/** The figures of the opening that started with the last click before `graph:data`. */
export function openingFigures(record: ProbeRecord): OpeningFigures {
  const data = record.marks['graph:data'];
  const click = [...record.clicks].reverse().find((time) => data === undefined || time <= data) ?? 0;
  const since = (name: string) => {
    const mark = record.marks[name];
    return mark === undefined ? null : round2(mark - click);
  };
  const end = record.marks['graph:settled'] ?? record.frames.at(-1) ?? click;
  const tasks = record.longTasks.filter(([start, duration]) => start + duration >= click && start <= end);
  const frames = record.frames.filter((time) => time >= click && time <= end);
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!);
  return {
    dataMs: since('graph:data'),
    firstFrameMs: since('graph:first-frame'),
    settledMs: since('graph:settled'),
    longestTaskMs: round2(Math.max(0, ...tasks.map(([, duration]) => duration))),
    longTasksSumMs: round2(tasks.reduce((sum, [, duration]) => sum + duration, 0)),
    longTasks: tasks.length,
    frameP50Ms: round2(quantile(intervals, 0.5)),
    frameP95Ms: round2(quantile(intervals, 0.95)),
    frameMaxMs: round2(Math.max(0, ...intervals)),
    draws: drawFigures(record.draws ?? [], click, end),
  };
}

/** What the page did after an interaction such as a zoom. */
export interface InteractionFigures {
  /** Intervals between the page's animation frames. */
  p95Ms: number;
  maxMs: number;
  longestTaskMs: number;
  draws: DrawFigures;
}

/** Frame intervals, long tasks and graph frames from `from` to `to` (page time). */
export function framesAfter(record: ProbeRecord, from: number, to = Infinity): InteractionFigures {
  const frames = record.frames.filter((time) => time >= from && time <= to);
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!);
  const tasks = record.longTasks.filter(([start, duration]) => start + duration >= from && start <= to);
  return {
    p95Ms: round2(quantile(intervals, 0.95)),
    maxMs: round2(Math.max(0, ...intervals)),
    longestTaskMs: round2(Math.max(0, ...tasks.map(([, duration]) => duration))),
    draws: drawFigures(record.draws ?? [], from, to),
  };
}
