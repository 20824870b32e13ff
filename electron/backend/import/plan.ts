import { MAX_TITLE, type SkipCode, type SkippedFile } from '../../../core/index.js';
import type { NewArticle } from '../articles.js';
import { readFrontMatter } from './front-matter.js';

/** A file offered for import: its path relative to the imported folder, and its text. */
export interface ImportFile {
  path: string;
  text: string;
  /** Why the file is left out, when reading it already showed (not UTF-8, too large). */
  skip?: Pick<SkippedFile, 'code' | 'reason'>;
}

/** What an import will create, and the files it leaves out. */
export interface ImportPlan {
  articles: NewArticle[];
  /** The path of the file each article comes from, in the same order. */
  sources: string[];
  skipped: SkippedFile[];
}

/** `a\b/./c` → `a/b/c`; null when the path leaves the folder or names nothing. */
export function cleanPath(raw: string): string | null {
  const parts: string[] = [];
  for (const part of raw.normalize('NFC').replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}

/**
 * Turns files into new articles: each `.md` file becomes an article titled
 * by its file name (without `.md`), filed under its folder path so
 * `[[folder/name]]` resolves, with tags and aliases from its front matter.
 * Other files, duplicates, and files that are not text are skipped, with the reason.
 */
export function planImport(files: readonly ImportFile[]): ImportPlan {
  const plan: ImportPlan = { articles: [], sources: [], skipped: [] };
  const seen = new Set<string>();
  for (const file of files) {
    const path = cleanPath(file.path);
    const skip = (code: SkipCode, reason: string) => plan.skipped.push({ path: file.path, reason, code });
    if (path === null) {
      skip('path', 'the path leaves the imported folder or is empty');
      continue;
    }
    if (!/\.md$/i.test(path)) {
      skip('notMarkdown', 'not a Markdown (.md) file');
      continue;
    }
    const slash = path.lastIndexOf('/');
    const title = path.slice(slash + 1, -3).trim();
    if (title === '' || title.startsWith('.')) {
      skip('noName', 'the file has no name');
      continue;
    }
    if (title.length > MAX_TITLE) {
      skip('nameTooLong', `the file name is longer than ${MAX_TITLE} characters`);
      continue;
    }
    if (file.skip !== undefined) {
      skip(file.skip.code, file.skip.reason);
      continue;
    }
    if (seen.has(path)) {
      skip('duplicate', 'another file has the same path');
      continue;
    }
    if (file.text.includes('\0')) {
      skip('binary', 'not a text file (it holds NUL bytes)');
      continue;
    }
    seen.add(path);
    const front = readFrontMatter(file.text.replace(/^\uFEFF/, ''));
    plan.articles.push({
      title,
      body: front.body,
      tags: front.tags,
      aliases: front.aliases,
      path: slash < 0 ? '' : path.slice(0, slash),
    });
    plan.sources.push(path);
  }
  return plan;
}
