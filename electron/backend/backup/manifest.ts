import { z } from 'zod';
import { APP_VERSION, AppError, type BackupInfo } from '../../../core/index.js';

/** What marks a zip as a Rebuttal Desk backup. */
const BACKUP_MARK = 'rebuttal-desk-backup';
/** Format of the archives this build writes; it reads this one and older. */
const BACKUP_FORMAT = 1;
/** The manifest: the first entry of every archive, stored uncompressed. */
export const MANIFEST_FILE = 'manifest.json';

/** Why a backup was made. */
export type BackupReason = BackupInfo['reason'];

const manifestSchema = z.object({
  format: z.literal(BACKUP_MARK),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string().min(1),
  reason: z.enum(['quit', 'daily', 'manual', 'before-restore']),
  articleCount: z.number().int().nonnegative(),
  schemaVersion: z.number().int().positive(),
});

/** `manifest.json` of a backup archive. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** A manifest for a new archive. */
export function newManifest(
  reason: BackupReason,
  createdAt: Date,
  articleCount: number,
  schemaVersion: number,
): BackupManifest {
  return {
    format: BACKUP_MARK,
    formatVersion: BACKUP_FORMAT,
    appVersion: APP_VERSION,
    createdAt: createdAt.toISOString(),
    reason,
    articleCount,
    schemaVersion,
  };
}

/** Checks the manifest of `label`: a foreign file, a newer format or a damaged manifest is refused. */
export function parseManifest(text: string, label: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError(
      'invalid_request',
      `${label} is not a Rebuttal Desk backup: its manifest is not JSON.`,
    );
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (record.format !== BACKUP_MARK) {
    throw new AppError('invalid_request', `${label} is not a Rebuttal Desk backup.`);
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > BACKUP_FORMAT) {
    throw new AppError(
      'conflict',
      `${label} was made by a newer version of Rebuttal Desk (${String(record.appVersion)}, backup format ${record.formatVersion}); this version reads up to format ${BACKUP_FORMAT}.`,
    );
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'invalid_request',
      `${label} has a damaged manifest: ${parsed.error.issues[0]?.message}.`,
    );
  }
  return parsed.data;
}
