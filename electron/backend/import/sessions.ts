import { randomBytes } from 'node:crypto';
import {
  AppError,
  MAX_BODY,
  newId,
  type ImportOutcome,
  type ImportPhase,
  type ImportPreview,
  type ImportStatus,
} from '../../../core/index.js';
import { findCollisions } from './collisions.js';
import { writeImport, type ImportChoices, type ImportTargets } from './import-files.js';
import { checkImportSize, MAX_IMPORT_FILE_BYTES } from './limits.js';
import { planImport, type ImportFile, type ImportPlan } from './plan.js';
import { readFolder } from './read-folder.js';

/** A file as `import:add` carries it: Markdown as text, anything else as base64 or as bytes already uploaded. */
export type SentFile =
  | { path: string; text: string }
  | { path: string; data: string }
  | { path: string; bytes: Uint8Array };

/** A session left without a call for this long is dropped, with the files it holds. */
const IMPORT_IDLE_MS = 10 * 60 * 1000;

interface Session {
  id: string;
  phase: ImportPhase;
  files: number;
  items: ImportFile[];
  received: number;
  chars: number;
  toWrite: number;
  written: number;
  abort: AbortController;
  /** A folder being read by the backend; resolves to its files. */
  reading: Promise<ImportFile[]> | null;
  /** The commit in progress. */
  commit: Promise<ImportOutcome> | null;
  /** What the files become, once planned (by a preview or the commit). */
  plan: Promise<ImportPlan> | null;
  timer: ReturnType<typeof setTimeout> | null;
}

const cancelled = () => new AppError('conflict', 'The import was cancelled; nothing was imported.');

/**
 * The import sessions of one workspace, held in memory: files arrive in
 * chunks (`add`) or from a folder the backend reads (`beginFolder`), and
 * `commit` writes them as articles, all or nothing. A session ends with its
 * commit, on `cancel`, after {@link IMPORT_IDLE_MS} without a call, or when
 * the workspace closes.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, Session>();
  private closed = false;

  constructor(
    private readonly targets: ImportTargets,
    private readonly idleMs: number = IMPORT_IDLE_MS,
  ) {}

  /** Opens a session for at most `files` files holding at most `bytes` bytes. */
  begin(files: number, bytes: number): ImportStatus {
    checkImportSize(files, bytes);
    return this.status(this.open('receiving', files).id);
  }

  /** Opens a session that reads the files of `dir` (or the one file `dir` names) in the background; `commit` waits for the read. */
  beginFolder(dir: string): ImportStatus {
    return this.beginPaths([dir]);
  }

  /** Opens a session that reads folders and files chosen on this machine, in the background. */
  beginPaths(paths: readonly string[]): ImportStatus {
    const session = this.open('reading', 0);
    const counts = paths.map(() => ({ read: 0, total: 0 }));
    session.reading = Promise.all(
      paths.map((one, i) =>
        readFolder(one, {
          signal: session.abort.signal,
          onProgress: (read, total) => {
            counts[i] = { read, total };
            session.received = counts.reduce((sum, count) => sum + count.read, 0);
            session.files = counts.reduce((sum, count) => sum + count.total, 0);
          },
        }),
      ),
    ).then((lists) => lists.flat());
    session.reading.then(
      (items) => {
        session.chars = items.reduce((sum, item) => sum + (item.text?.length ?? item.data?.length ?? 0), 0);
      },
      () => undefined,
    );
    return this.status(session.id);
  }

  /** Adds a chunk of files; refuses a file longer than an article may be, naming it, and more than was announced. */
  add(id: string, sent: readonly SentFile[]): ImportStatus {
    const session = this.get(id);
    if (session.phase !== 'receiving' || session.commit !== null) {
      throw new AppError('conflict', 'This import takes no more files.');
    }
    if (session.received + sent.length > session.files) {
      throw new AppError(
        'invalid_request',
        `The import was announced with ${session.files} files; ${session.received + sent.length} were sent.`,
      );
    }
    const files: ImportFile[] = sent.map((file) =>
      'text' in file
        ? { path: file.path, text: file.text }
        : {
            path: file.path,
            data: 'bytes' in file ? file.bytes : new Uint8Array(Buffer.from(file.data, 'base64')),
          },
    );
    for (const file of files) {
      if (file.text !== undefined && file.text.length > MAX_BODY) {
        throw new AppError(
          'invalid_request',
          `${file.path} holds ${file.text.length} characters; an article holds at most ${MAX_BODY}.`,
        );
      }
      if (file.data !== undefined && file.data.length > MAX_IMPORT_FILE_BYTES) {
        throw new AppError(
          'invalid_request',
          `${file.path} is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.`,
        );
      }
    }
    const chars = files.reduce(
      (sum, file) => sum + (file.text?.length ?? file.data?.length ?? 0),
      session.chars,
    );
    checkImportSize(session.received + files.length, chars);
    if (session.plan !== null)
      throw new AppError('conflict', 'This import was already previewed; it takes no more files.');
    session.items.push(...files);
    session.received += files.length;
    session.chars = chars;
    this.touch(session);
    return this.status(id);
  }

  /** What the session's files would become and what collides, before anything is written. */
  async preview(id: string): Promise<ImportPreview> {
    const session = this.get(id);
    if (session.commit !== null) throw new AppError('conflict', 'This import is already being written.');
    const plan = await this.planOf(session);
    this.touch(session);
    const existing = this.targets.articles.list('active');
    return {
      added: plan.articles.map((article) => ({
        path: article.source,
        title: article.title,
        kind: article.kind,
        tags: article.tags,
        images: article.images.length,
      })),
      skipped: plan.skipped,
      collisions: findCollisions(plan.articles, existing),
      images: new Set(plan.articles.flatMap((article) => article.images.map((image) => image.name))).size,
    };
  }

  /** Writes the session's files as articles, all or nothing, and ends the session. */
  commit(id: string, choices: ImportChoices = {}): Promise<ImportOutcome> {
    const session = this.get(id);
    if (session.commit !== null) throw new AppError('conflict', 'This import is already being written.');
    if (session.timer !== null) clearTimeout(session.timer);
    session.commit = this.write(session, choices).finally(() => this.drop(session));
    return session.commit;
  }

  /** Where a session stands. */
  status(id: string): ImportStatus {
    const { phase, files, received, chars, toWrite, written } = this.get(id);
    return { sessionId: id, phase, files, received, chars, toWrite, written };
  }

  /** Ends a session; a commit in progress deletes what it wrote. */
  cancel(id: string): { cancelled: boolean } {
    const session = this.sessions.get(id);
    if (session === undefined) return { cancelled: false };
    session.abort.abort();
    if (session.commit === null) this.drop(session);
    return { cancelled: true };
  }

  /** Cancels every session and waits for commits in progress to roll back; no session opens afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const commits = [...this.sessions.values()].flatMap((session) => {
      session.abort.abort();
      if (session.commit === null) this.drop(session);
      return session.commit === null ? [] : [session.commit.catch(() => undefined)];
    });
    await Promise.all(commits);
  }

  private open(phase: ImportPhase, files: number): Session {
    if (this.closed) throw new AppError('forbidden', 'The workspace is closed.');
    const session: Session = {
      id: newId((size) => randomBytes(size)),
      phase,
      files,
      items: [],
      received: 0,
      chars: 0,
      toWrite: 0,
      written: 0,
      abort: new AbortController(),
      reading: null,
      commit: null,
      plan: null,
      timer: null,
    };
    this.sessions.set(session.id, session);
    this.touch(session);
    return session;
  }

  /** Reads (a folder) and plans the session's files, once. */
  private planOf(session: Session): Promise<ImportPlan> {
    session.plan ??= (async () => {
      if (session.reading !== null) session.items = await session.reading;
      if (session.abort.signal.aborted) throw cancelled();
      const items = session.items;
      session.items = [];
      return planImport(items, session.abort.signal);
    })();
    return session.plan;
  }

  private async write(session: Session, choices: ImportChoices): Promise<ImportOutcome> {
    const plan = await this.planOf(session);
    if (session.abort.signal.aborted) throw cancelled();
    session.phase = 'writing';
    return writeImport(
      this.targets,
      plan,
      choices,
      (done, total) => {
        session.written = done;
        session.toWrite = total;
      },
      session.abort.signal,
    );
  }

  private get(id: string): Session {
    const session = this.sessions.get(id);
    if (session === undefined) {
      throw new AppError(
        'not_found',
        'No such import: it was written, cancelled, or dropped after 10 minutes without activity.',
      );
    }
    return session;
  }

  private touch(session: Session): void {
    if (session.timer !== null) clearTimeout(session.timer);
    session.timer = setTimeout(() => this.cancel(session.id), this.idleMs);
    session.timer.unref?.();
  }

  private drop(session: Session): void {
    if (session.timer !== null) clearTimeout(session.timer);
    if (this.sessions.get(session.id) === session) this.sessions.delete(session.id);
  }
}
