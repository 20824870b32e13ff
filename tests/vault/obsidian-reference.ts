import type { VaultPage } from './read-vault.js';

/** What the reference rule says of one link target. */
export type ReferenceAnswer =
  | { status: 'self' }
  | { status: 'resolved'; path: string }
  | { status: 'ambiguous'; paths: string[] }
  | { status: 'broken' };

/**
 * Obsidian's link rule written plainly, independent of core/links: compare
 * case-insensitively; a page whose path is the target wins; else the pages
 * whose file name is the target's last segment and whose path ends with the
 * whole target. One page resolves, several are ambiguous, none is broken.
 */
export function referenceResolve(pages: readonly VaultPage[], target: string): ReferenceAnswer {
  let wanted = target.trim().toLowerCase();
  if (wanted === '') return { status: 'self' };
  if (wanted.endsWith('.md')) wanted = wanted.slice(0, -3);
  const exact = pages.filter((page) => page.path.toLowerCase() === wanted);
  if (exact.length === 1) return { status: 'resolved', path: exact[0]!.path };
  const name = wanted.split('/').pop()!;
  const named = pages.filter((page) => {
    const path = page.path.toLowerCase();
    return page.title.toLowerCase() === name && (path === wanted || path.endsWith(`/${wanted}`));
  });
  if (named.length === 1) return { status: 'resolved', path: named[0]!.path };
  if (named.length > 1) return { status: 'ambiguous', paths: named.map((page) => page.path).sort() };
  return { status: 'broken' };
}

/** Whether a target names a file that is not a markdown page (`Sơ đồ.png`, `clip.mp4`). */
export function isNonMarkdownFile(target: string): boolean {
  const name = target.trim().toLowerCase().split('/').pop()!;
  return /\.[a-z0-9]{1,5}$/.test(name) && !name.endsWith('.md');
}
