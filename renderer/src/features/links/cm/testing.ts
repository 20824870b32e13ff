import { buildTargets } from '../targets.js';
import type { ArticleSummary } from '../../../../../core/model/article.js';
import type { EditorLinkTargets, LinkTargetSource } from './targets-field.js';

/** Active article summaries with just the given titles (ids `a0`, `a1`, …), for editor tests. */
export function articlesTitled(...titles: string[]): ArticleSummary[] {
  return titles.map((title, index) => ({
    id: `a${index}`,
    title,
    status: 'draft',
    tags: [],
    claimIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    wordCount: 0,
    rev: 1,
    aliases: [],
    path: null,
    publication: null,
    deadline: null,
    wordTarget: null,
    rating: null,
  }));
}

/** A link-target source over fixed titles whose targets a test can replace. */
export function fixedSource(...titles: string[]): LinkTargetSource & { replace(...titles: string[]): void } {
  let targets: EditorLinkTargets = buildTargets(articlesTitled(...titles));
  const listeners = new Set<(targets: EditorLinkTargets) => void>();
  return {
    get: () => targets,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace(...next) {
      targets = buildTargets(articlesTitled(...next));
      for (const listener of listeners) listener(targets);
    },
  };
}
