import { randomBytes } from 'node:crypto';
import {
  AppError,
  DOWNLOAD_CHUNK_BYTES,
  newId,
  toErrorInfo,
  type ExportResult,
  type JobStatus,
} from '../../../core/index.js';

/** A job left without a call for this long after it ended is dropped, with its file. */
const JOB_IDLE_MS = 15 * 60 * 1000;

/** What a running job is given: a signal that stops it, and a way to say how far it is. */
export interface JobContext {
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** What a job ends with: its result, and the file to download when it wrote none. */
export interface JobEnd {
  result: ExportResult;
  download?: Uint8Array;
}

interface Job {
  status: JobStatus;
  abort: AbortController;
  download: Uint8Array | null;
  timer: ReturnType<typeof setTimeout> | null;
  running: Promise<void>;
}

/**
 * Long jobs of one workspace (exports, bundles), held in memory: each runs in
 * the background, says how far it is, can be cancelled, and keeps the file
 * it made until it is downloaded in pieces or dismissed.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private closed = false;

  constructor(private readonly idleMs: number = JOB_IDLE_MS) {}

  /** Starts a job; answers its first status at once. */
  start(kind: JobStatus['kind'], task: (context: JobContext) => Promise<JobEnd>): JobStatus {
    if (this.closed) throw new AppError('forbidden', 'The workspace is closed.');
    const id = newId((size) => randomBytes(size));
    const abort = new AbortController();
    const job: Job = {
      status: { jobId: id, kind, state: 'running', done: 0, total: 0, result: null, error: null },
      abort,
      download: null,
      timer: null,
      running: Promise.resolve(),
    };
    this.jobs.set(id, job);
    job.running = task({
      signal: abort.signal,
      progress: (done, total) => {
        if (job.status.state === 'running') job.status = { ...job.status, done, total };
      },
    }).then(
      (end) => {
        if (abort.signal.aborted) {
          job.status = { ...job.status, state: 'cancelled' };
        } else {
          job.download = end.download ?? null;
          job.status = { ...job.status, state: 'done', done: job.status.total, result: end.result };
        }
        this.touch(job);
      },
      (error: unknown) => {
        job.status = abort.signal.aborted
          ? { ...job.status, state: 'cancelled' }
          : { ...job.status, state: 'failed', error: toErrorInfo(error) };
        this.touch(job);
      },
    );
    return { ...job.status };
  }

  /** Where a job stands. */
  status(id: string): JobStatus {
    return { ...this.get(id).status };
  }

  /** Resolves once the job has ended (tests and the CLI wait for it). */
  async settled(id: string): Promise<JobStatus> {
    await this.get(id).running;
    return this.status(id);
  }

  /** Stops a running job; what it was making is dropped. */
  cancel(id: string): { cancelled: boolean } {
    const job = this.jobs.get(id);
    if (job === undefined || job.status.state !== 'running') return { cancelled: false };
    job.abort.abort();
    return { cancelled: true };
  }

  /** A piece of the finished job's file, base64, from `offset`. */
  download(id: string, offset: number): { data: string; offset: number; size: number; done: boolean } {
    const job = this.get(id);
    if (job.download === null) throw new AppError('not_found', 'This job has no file to download.');
    const size = job.download.length;
    if (offset > size)
      throw new AppError('invalid_request', `Offset ${offset} is past the end (${size} bytes).`);
    const end = Math.min(size, offset + DOWNLOAD_CHUNK_BYTES);
    this.touch(job);
    const data = Buffer.from(job.download.buffer, job.download.byteOffset + offset, end - offset).toString(
      'base64',
    );
    return { data, offset, size, done: end === size };
  }

  /** Forgets a job that has ended (and its file); a running one is cancelled first. */
  dismiss(id: string): { dismissed: boolean } {
    const job = this.jobs.get(id);
    if (job === undefined) return { dismissed: false };
    job.abort.abort();
    this.drop(id, job);
    return { dismissed: true };
  }

  /** Cancels every job and waits for them to stop; no job starts afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const running = [...this.jobs.values()].map((job) => {
      job.abort.abort();
      return job.running;
    });
    await Promise.all(running);
    for (const [id, job] of this.jobs) this.drop(id, job);
  }

  private get(id: string): Job {
    const job = this.jobs.get(id);
    if (job === undefined)
      throw new AppError('not_found', 'No such job: it was dismissed, or dropped after 15 minutes.');
    return job;
  }

  private touch(job: Job): void {
    if (job.timer !== null) clearTimeout(job.timer);
    job.timer = setTimeout(() => this.drop(job.status.jobId, job), this.idleMs);
    job.timer.unref?.();
  }

  private drop(id: string, job: Job): void {
    if (job.timer !== null) clearTimeout(job.timer);
    if (this.jobs.get(id) === job) this.jobs.delete(id);
  }
}
