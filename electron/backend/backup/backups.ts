import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import {
  AppError,
  compareVietnamese,
  type ArticleFile,
  type BackupInfo,
  type BackupPreview,
} from '../../../core/index.js';
import { articleFileName, ARTICLES_DIR } from '../article-scan.js';
import { parseJsonText, toArticleFile } from '../documents.js';
import { syncFolder } from '../durable-write.js';
import { errnoOf, type FileSystem } from '../file-system.js';
import { CATALOG_FILE, CLAIMS_FILE, SOURCES_FILE } from '../catalog/store.js';
import { fileTimestamp } from '../recovery.js';
import { readArchive, readManifest } from './archive-read.js';
import { writeArchive } from './archive-write.js';
import type { BackupReason } from './manifest.js';

/** Folder of a workspace holding its backup archives. */
export const BACKUPS_DIR = 'backups';
/** Backups kept per kind when nothing else is configured. */
export const DEFAULT_BACKUP_KEEP = 10;
/** A daily backup is due when the newest backup is older than this. */
const DAILY_MS = 86_400_000;

/**
 * Automatic backups (on quit, daily) rotate among themselves; backups the
 * writer asked for (manual, and the one taken before a restore) rotate apart,
 * so a run of quits never pushes them out.
 */
const POOLS: BackupReason[][] = [
  ['quit', 'daily'],
  ['manual', 'before-restore'],
];

/** What restoring the archive at `file` would bring back; the whole archive is read and checked. */
export async function previewBackupFile(fs: FileSystem, file: string): Promise<BackupPreview> {
  const content = await readArchive(fs, file);
  const titles = content.articles
    .filter(({ file: doc }) => doc.article.deletedAt === null)
    .map(({ file: doc }) => doc.article.title)
    .sort(compareVietnamese)
    .slice(0, 50);
  const items = (name: string) => content.catalog.find((entry) => entry.path === name)?.items ?? null;
  return {
    name: path.basename(file),
    createdAt: content.manifest.createdAt,
    reason: content.manifest.reason,
    sizeBytes: (await fs.stat(file)).size,
    articleCount: content.articles.length,
    schemaVersion: content.workspace.file.schemaVersion,
    titles,
    catalog: { claims: items(CLAIMS_FILE), sources: items(SOURCES_FILE), categories: items(CATALOG_FILE) },
  };
}

/** The rotating backups in a workspace's `backups/` folder. */
export class BackupService {
  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly keep: number = DEFAULT_BACKUP_KEEP,
  ) {}

  /** The path of a backup named in a request (a bare file name). */
  pathOf(name: string): string {
    if (name !== path.basename(name) || name.startsWith('.')) {
      throw new AppError('invalid_request', `"${name}" is not a backup file name.`);
    }
    return path.join(this.dir, BACKUPS_DIR, name);
  }

  /** Every backup of this workspace, newest first; zips that are not ours are left out. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(path.join(this.dir, BACKUPS_DIR));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const name of names.filter((n) => n.endsWith('.zip') && !n.startsWith('.'))) {
      try {
        const file = this.pathOf(name);
        const manifest = await readManifest(file);
        const { size } = await this.fs.stat(file);
        const { createdAt, reason, articleCount } = manifest;
        infos.push({ name, createdAt, reason, sizeBytes: size, articleCount });
      } catch {
        // Not a backup of ours (or unreadable): `check` names it.
      }
    }
    return infos.sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1));
  }

  /** Makes a backup of the workspace as it is on disk now, then rotates. */
  async create(reason: BackupReason, now = new Date()): Promise<BackupInfo> {
    const folder = path.join(this.dir, BACKUPS_DIR);
    await this.fs.mkdir(folder, { recursive: true });
    const names = new Set(await this.fs.readdir(folder));
    let name = `backup-${fileTimestamp(now)}-${reason}.zip`;
    for (let n = 1; names.has(name); n += 1) name = `backup-${fileTimestamp(now)}-${reason}-${n}.zip`;
    const { manifest, stamp } = await writeArchive(this.fs, this.dir, path.join(folder, name), reason, now);
    await this.rotate();
    return {
      name,
      createdAt: manifest.createdAt,
      reason,
      sizeBytes: stamp.size,
      articleCount: manifest.articleCount,
    };
  }

  /** Whether no backup was made in the last day. */
  async dailyDue(now = Date.now()): Promise<boolean> {
    const [newest] = await this.list();
    return newest === undefined || now - Date.parse(newest.createdAt) >= DAILY_MS;
  }

  /** What restoring a backup of this folder would bring back. */
  preview(name: string): Promise<BackupPreview> {
    return previewBackupFile(this.fs, this.pathOf(name));
  }

  /** The newest copy of an article held by a backup, with the backup's time; null when none has it. */
  async findArticle(id: string): Promise<{ file: ArticleFile; createdAt: string; name: string } | null> {
    const entry = `${ARTICLES_DIR}/${articleFileName(id)}`;
    for (const info of await this.list()) {
      try {
        const bytes = await this.fs.readBytes(this.pathOf(info.name));
        const data = unzipSync(bytes, { filter: (file) => file.name === entry })[entry];
        if (data === undefined) continue;
        const file = toArticleFile(parseJsonText(strFromU8(data), entry), entry);
        return { file, createdAt: info.createdAt, name: info.name };
      } catch {
        // A damaged backup does not stop the search; older ones may hold the article.
      }
    }
    return null;
  }

  /** Keeps the newest `keep` backups of each pool. */
  private async rotate(): Promise<void> {
    const all = await this.list();
    const doomed = POOLS.flatMap((pool) => all.filter((info) => pool.includes(info.reason)).slice(this.keep));
    if (doomed.length === 0) return;
    for (const info of doomed) await this.fs.unlink(this.pathOf(info.name));
    await syncFolder(this.fs, path.join(this.dir, BACKUPS_DIR));
  }
}
