import { randomBytes } from 'node:crypto';
import {
  AppError,
  MAX_BODY,
  newId,
  type ImportOutcome,
  type ImportPhase,
  type ImportStatus,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import { importMarkdownFiles } from './import-files.js';
import { checkImportSize } from './limits.js';
import type { ImportFile } from './plan.js';
import { readFolder } from './read-folder.js';

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
    private readonly articles: ArticlesService,
    private readonly idleMs: number = IMPORT_IDLE_MS,
  ) {}

  /** Opens a session for at most `files` files holding at most `bytes` bytes. */
  begin(files: number, bytes: number): ImportStatus {
    checkImportSize(files, bytes);
    return this.status(this.open('receiving', files).id);
  }

  /** Opens a session that reads the Markdown files of `dir` in the background; `commit` waits for the read. */
  beginFolder(dir: string): ImportStatus {
    const session = this.open('reading', 0);
    session.reading = readFolder(dir, {
      signal: session.abort.signal,
      onProgress: (read, total) => {
        session.received = read;
        session.files = total;
      },
    });
    session.reading.then(
      (items) => {
        session.chars = items.reduce((sum, item) => sum + item.text.length, 0);
      },
      () => undefined,
    );
    return this.status(session.id);
  }

  /** Adds a chunk of files; refuses a file longer than an article may be, naming it, and more than was announced. */
  add(id: string, files: readonly ImportFile[]): ImportStatus {
    const session = this.get(id);
    if (session.phase !== 'receiving' || session.commit !== null) {
      throw new AppError('conflict', 'This import takes no more files.');
    }
    if (session.received + files.length > session.files) {
      throw new AppError(
        'invalid_request',
        `The import was announced with ${session.files} files; ${session.received + files.length} were sent.`,
      );
    }
    const large = files.find((file) => file.text.length > MAX_BODY);
    if (large !== undefined) {
      throw new AppError(
        'invalid_request',
        `${large.path} holds ${large.text.length} characters; an article holds at most ${MAX_BODY}.`,
      );
    }
    const chars = files.reduce((sum, file) => sum + file.text.length, session.chars);
    checkImportSize(session.received + files.length, chars);
    session.items.push(...files.map(({ path, text }) => ({ path, text })));
    session.received += files.length;
    session.chars = chars;
    this.touch(session);
    return this.status(id);
  }

  /** Writes the session's files as articles, all or nothing, and ends the session. */
  commit(id: string): Promise<ImportOutcome> {
    const session = this.get(id);
    if (session.commit !== null) throw new AppError('conflict', 'This import is already being written.');
    if (session.timer !== null) clearTimeout(session.timer);
    session.commit = this.write(session).finally(() => this.drop(session));
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
      timer: null,
    };
    this.sessions.set(session.id, session);
    this.touch(session);
    return session;
  }

  private async write(session: Session): Promise<ImportOutcome> {
    if (session.reading !== null) session.items = await session.reading;
    if (session.abort.signal.aborted) throw cancelled();
    session.phase = 'writing';
    const items = session.items;
    session.items = [];
    return importMarkdownFiles(
      this.articles,
      items,
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
