import path from 'node:path';
import type { ArticleMeta } from '../../../core/index.js';
import type { CheckIssue } from '../check.js';
import { DamagedFileError } from '../documents.js';
import type { FileSystem } from '../file-system.js';
import { DurableJsonFile } from '../json-file.js';
import {
  CATALOG_FILE,
  CLAIMS_FILE,
  SOURCES_FILE,
  toCatalogFile,
  toClaimsFile,
  toSourcesFile,
} from './store.js';

async function read<T>(
  fs: FileSystem,
  dir: string,
  name: string,
  validate: (value: unknown, file: string) => T,
  issues: CheckIssue[],
): Promise<T | null> {
  try {
    const doc = await new DurableJsonFile(path.join(dir, name), { fs, validate, label: name }).read();
    if (doc === null) {
      issues.push({
        severity: 'warning',
        file: name,
        message: 'The file is missing; it is created at the next open.',
      });
    }
    return doc;
  } catch (cause) {
    if (!(cause instanceof DamagedFileError)) throw cause;
    issues.push(
      cause.kind === 'newer-version'
        ? { severity: 'warning', file: name, message: `Not checked: ${cause.message}` }
        : { severity: 'error', file: name, message: `${cause.message} It is set aside at the next open.` },
    );
    return null;
  }
}

/**
 * Checks the catalog files (claims, sources, taxonomy) against their
 * format, and that no claim names a missing category and no article a
 * missing claim.
 */
export async function checkCatalog(
  fs: FileSystem,
  dir: string,
  articles: readonly ArticleMeta[],
  issues: CheckIssue[],
): Promise<void> {
  const claims = await read(fs, dir, CLAIMS_FILE, toClaimsFile, issues);
  await read(fs, dir, SOURCES_FILE, toSourcesFile, issues);
  const catalog = await read(fs, dir, CATALOG_FILE, toCatalogFile, issues);
  if (claims === null) return;
  if (catalog !== null) {
    const categories = new Set(catalog.categories.map((category) => category.id));
    for (const claim of claims.claims) {
      if (!categories.has(claim.categoryId)) {
        issues.push({
          severity: 'error',
          file: CLAIMS_FILE,
          message: `Claim ${claim.id} names category "${claim.categoryId}", which does not exist.`,
        });
      }
    }
  }
  const known = new Set(claims.claims.map((claim) => claim.id));
  for (const article of articles) {
    const missing = article.claimIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      issues.push({
        severity: 'error',
        file: `articles/${article.id}.json`,
        message: `The article answers claims that do not exist: ${missing.join(', ')}.`,
      });
    }
  }
}
