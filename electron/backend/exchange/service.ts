import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  AppError,
  BUNDLE_EXTENSION,
  newId,
  resolveConflict,
  type BundleOutcome,
  type BundlePreview,
  type ConflictRecord,
  type JobStatus,
} from '../../../core/index.js';
import type { ExportTarget } from '../export/deliver.js';
import { mimeOf } from '../export/deliver.js';
import { writeFileDurably } from '../durable-write.js';
import { nodeFileSystem } from '../file-system.js';
import type { JobRunner } from '../jobs/jobs.js';
import { applyBundle } from './apply.js';
import { createBundle, type BundleDependencies } from './create.js';
import { currentHash } from './current.js';
import { planBundle, planItems, summarize } from './plan.js';
import { readBundle, type ReadBundle } from './read.js';
import { itemKey } from './state.js';

/** Largest bundle file received, in bytes. */
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
/** A received bundle not applied within this time is dropped. */
const RECEIVE_IDLE_MS = 30 * 60 * 1000;

/** What the bundle service asks for when it needs them (a restore replaces the services). */
export interface BundleServiceOptions {
  deps: () => BundleDependencies;
  jobs: JobRunner;
  /** Article ids a search query finds (`bundle create --query`). */
  search: (query: string) => Promise<string[]>;
}

/**
 * Exchange bundles between offline machines: makes them (a job, like an
 * export), reads and previews received ones, applies them all or nothing,
 * and lists and resolves the conflict copies they leave.
 */
export class BundleService {
  private readonly received = new Map<string, { bundle: ReadBundle; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly options: BundleServiceOptions) {}

  /** The ids a request names: given ones, or what a search finds. */
  async idsOf(request: { ids?: readonly string[]; query?: string }): Promise<string[]> {
    const ids = request.ids ?? (await this.options.search(request.query ?? ''));
    if (ids.length === 0)
      throw new AppError('invalid_request', 'No article matches: the bundle would be empty.');
    const { articles } = this.options.deps();
    const missing = ids.filter((id) => !articles.exists(id));
    if (missing.length > 0) throw new AppError('not_found', `No article with id ${missing.join(', ')}.`);
    return [...new Set(ids)];
  }

  /** Starts making a bundle, as a job; it goes to `target` or waits for download. */
  async start(
    request: { ids?: readonly string[]; query?: string },
    target: ExportTarget,
  ): Promise<JobStatus> {
    const ids = await this.idsOf(request);
    return this.options.jobs.start('bundle', async ({ signal, progress }) =>
      this.make(ids, target, { signal, progress }),
    );
  }

  /** Makes a bundle now and delivers it. */
  async make(
    ids: readonly string[],
    target: ExportTarget,
    control: { signal?: AbortSignal; progress?: (done: number, total: number) => void } = {},
  ) {
    const { bytes, counts } = await createBundle(this.options.deps(), ids, control);
    const name = `Gói bài ${new Date().toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`;
    const files = [{ name, size: bytes.length }];
    if (target.kind === 'download') {
      return {
        result: {
          files,
          skipped: [],
          writtenTo: null,
          download: { name, size: bytes.length, mime: mimeOf(name) },
          bundle: counts,
        },
        download: bytes,
      };
    }
    const isFolder = await stat(target.path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    const file = isFolder ? path.join(target.path, name) : target.path;
    await writeFileDurably(nodeFileSystem, file, bytes);
    return {
      result: {
        files: [{ name: path.basename(file), size: bytes.length }],
        skipped: [],
        writtenTo: file,
        download: null,
        bundle: counts,
      },
    };
  }

  /** Reads a bundle file on this machine and previews it. */
  async open(file: string): Promise<BundlePreview> {
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) throw new AppError('not_found', `There is no bundle ${file}.`);
    if (info.size > MAX_BUNDLE_BYTES) {
      throw new AppError(
        'invalid_request',
        `${path.basename(file)} is ${Math.round(info.size / 1024 / 1024)} MB; a bundle is at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB.`,
      );
    }
    return this.receive(new Uint8Array(await readFile(file)), path.basename(file));
  }

  /** Reads received bytes as a bundle, checks them whole, and says what applying would do. */
  async receive(bytes: Uint8Array, name: string): Promise<BundlePreview> {
    const bundle = readBundle(bytes, name);
    const id = newId((size) => randomBytes(size));
    const timer = setTimeout(() => this.received.delete(id), RECEIVE_IDLE_MS);
    timer.unref?.();
    this.received.set(id, { bundle, timer });
    return this.preview(id);
  }

  /** What applying a received bundle would do now. */
  async preview(receiveId: string): Promise<BundlePreview> {
    const { bundle } = this.get(receiveId);
    const plan = await planBundle(this.options.deps(), bundle);
    const items = planItems(plan);
    const { author, organisation } = bundle.manifest.from;
    return {
      receiveId,
      name: bundle.name,
      createdAt: bundle.manifest.createdAt,
      from: [author, organisation].filter((part) => part.trim() !== '').join(', '),
      counts: bundle.manifest.counts,
      items,
      summary: summarize(items),
    };
  }

  /** Applies a received bundle, all or nothing, and forgets it. */
  async apply(receiveId: string): Promise<BundleOutcome> {
    const { bundle } = this.get(receiveId);
    const deps = this.options.deps();
    const outcome = await applyBundle(deps, await planBundle(deps, bundle));
    this.discard(receiveId);
    return outcome;
  }

  /** Forgets a received bundle without applying it. */
  discard(receiveId: string): { discarded: boolean } {
    const entry = this.received.get(receiveId);
    if (entry === undefined) return { discarded: false };
    clearTimeout(entry.timer);
    this.received.delete(receiveId);
    return { discarded: true };
  }

  /** The conflict copies bundles left, newest first, with what the items are called now. */
  async conflicts(): Promise<ConflictRecord[]> {
    const deps = this.options.deps();
    const state = await deps.state.read();
    const { docs } = deps.catalog.context;
    const label = (kind: ConflictRecord['kind'], id: string): string => {
      if (kind === 'article') return deps.articles.summary(id)?.title ?? '';
      if (kind === 'claim') return docs.claims.data.claims.find((c) => c.id === id)?.statement ?? '';
      return docs.sources.data.sources.find((s) => s.id === id)?.key ?? '';
    };
    return state.conflicts
      .map((entry) => ({
        ...entry,
        originalLabel: label(entry.kind, entry.originalId),
        copyLabel: label(entry.kind, entry.copyId),
      }))
      .reverse();
  }

  /**
   * A writer has merged an article's conflict copy into it by hand: the
   * copy's version becomes an ancestor of the article (so the next exchange
   * takes the merge across instead of conflicting again) and the copy goes
   * to the trash.
   */
  async resolve(copyId: string): Promise<ConflictRecord> {
    const deps = this.options.deps();
    const state = await deps.state.read();
    const entry = state.conflicts.find((c) => c.copyId === copyId && !c.resolved);
    if (entry === undefined) throw new AppError('not_found', 'No open conflict has this copy.');
    const original = await currentHash(deps, entry.kind, entry.originalId);
    const copy = await currentHash(deps, entry.kind, entry.copyId);
    if (original !== null && copy !== null) {
      state.ancestry[itemKey(entry.kind, entry.originalId)] = resolveConflict(
        { hash: original, ancestry: state.ancestry[itemKey(entry.kind, entry.originalId)] ?? [] },
        { hash: copy, ancestry: state.ancestry[itemKey(entry.kind, entry.copyId)] ?? [] },
      );
    }
    // An article copy goes to the trash; a claim or source copy may still be cited, and is left to the writer.
    if (entry.kind === 'article' && deps.articles.summary(entry.copyId)?.deletedAt === null)
      await deps.articles.trash(entry.copyId);
    entry.resolved = true;
    await deps.state.write(state);
    return (await this.conflicts()).find((c) => c.copyId === copyId)!;
  }

  /** Drops every received bundle. */
  async close(): Promise<void> {
    for (const id of [...this.received.keys()]) this.discard(id);
  }

  private get(receiveId: string) {
    const entry = this.received.get(receiveId);
    if (entry === undefined)
      throw new AppError(
        'not_found',
        'No such received bundle: it was applied, discarded, or dropped after 30 minutes.',
      );
    return entry;
  }
}
