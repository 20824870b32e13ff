import { baseName, isAttachmentTarget, normalizeTarget } from './normalize.js';
import type { LinkKind, LinkTargetEntry, Resolution, ResolvedVia, WikiLink } from './types.js';

/** Resolves link targets against one set of entries (articles, or claims). */
export interface TargetResolver {
  /**
   * Resolves a target as written in a link. An empty target (`[[#Mục]]`)
   * resolves to `sourceId`, the page the link is in, when given.
   */
  resolve(target: string, sourceId?: string): Resolution;
}

/** Options of {@link createTargetResolver}. */
export interface ResolverOptions {
  /** Also match a target equal to an entry's id (claims are linked by key). */
  matchIds?: boolean;
}

type Index = Map<string, string[]>;

function add(index: Index, key: string, id: string): void {
  if (key === '') return;
  const ids = index.get(key);
  if (ids === undefined) index.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function answer(ids: readonly string[] | undefined, via: ResolvedVia): Resolution | null {
  if (ids === undefined || ids.length === 0) return null;
  if (ids.length === 1) return { status: 'resolved', id: ids[0]!, via };
  return { status: 'ambiguous', candidates: [...ids] };
}

/**
 * Builds a resolver over `entries`, with Maps so each lookup costs O(1).
 * The rule is Obsidian's, on normalized text (see {@link normalizeTarget}):
 * 1. an entry whose path is exactly the target (`Ghi chú/Tham nhũng`); a
 *    top-level path (no folder) does not win over an article written here
 *    (without a path) of the same title: both are candidates, so an imported
 *    file never silently takes over the links of an existing article;
 * 2. else entries whose title, or file name (last path segment), is the target;
 * 3. else, for a target with folders, entries whose path ends with it
 *    (`[[b/c]]` finds `a/b/c`);
 * 4. else entries with the target as an alias (past Obsidian, which ignores
 *    aliases when resolving).
 * The first step with one entry resolves; with several, the link is
 * ambiguous and lists them; when none answers it is broken, or an
 * attachment when it names a non-markdown file.
 */
export function createTargetResolver(
  entries: Iterable<LinkTargetEntry>,
  options: ResolverOptions = {},
): TargetResolver {
  const ids = new Set<string>();
  const byPath: Index = new Map();
  const byName: Index = new Map();
  const byAlias: Index = new Map();
  const unfiled: Index = new Map();
  const paths = new Map<string, string>();
  for (const entry of entries) {
    ids.add(entry.id);
    add(byName, normalizeTarget(entry.title), entry.id);
    if (entry.path === undefined) add(unfiled, normalizeTarget(entry.title), entry.id);
    if (entry.path !== undefined) {
      const path = normalizeTarget(entry.path);
      add(byPath, path, entry.id);
      add(byName, baseName(path), entry.id);
      if (path !== '') paths.set(entry.id, path);
    }
    for (const alias of entry.aliases ?? []) add(byAlias, normalizeTarget(alias), entry.id);
  }

  const bySuffix = (target: string): string[] | undefined => {
    const named = byName.get(baseName(target));
    return named?.filter((id) => paths.get(id)?.endsWith(`/${target}`));
  };

  const byExactPath = (key: string): string[] | undefined => {
    const atPath = byPath.get(key);
    if (atPath === undefined || key.includes('/')) return atPath;
    const written = unfiled.get(key);
    return written === undefined ? atPath : [...atPath, ...written];
  };

  return {
    resolve(target, sourceId) {
      const key = normalizeTarget(target);
      if (key === '') {
        return sourceId === undefined
          ? { status: 'broken' }
          : { status: 'resolved', id: sourceId, via: 'self' };
      }
      if (options.matchIds && ids.has(target.trim())) {
        return { status: 'resolved', id: target.trim(), via: 'id' };
      }
      const found =
        answer(byExactPath(key), 'path') ??
        answer(byName.get(key), 'title') ??
        (key.includes('/') ? answer(bySuffix(key), 'path') : null) ??
        answer(byAlias.get(key), 'alias');
      if (found !== null) return found;
      return isAttachmentTarget(key) ? { status: 'attachment' } : { status: 'broken' };
    },
  };
}

/** Resolves links of both kinds: articles by title or path, claims by key or statement. */
export interface LinkResolver {
  /** Resolves one parsed link found in the page `sourceId`. */
  resolve(link: Pick<WikiLink, 'kind' | 'target'>, sourceId?: string): Resolution;
}

/** Builds a {@link LinkResolver} over the workspace's articles and claims. */
export function createLinkResolver(targets: {
  articles: Iterable<LinkTargetEntry>;
  claims?: Iterable<LinkTargetEntry>;
}): LinkResolver {
  return combineResolvers({
    article: createTargetResolver(targets.articles),
    claim: createClaimResolver(targets.claims ?? []),
  });
}

/** The resolver of `[[claim:…]]` targets: by claim id, else by statement. */
export function createClaimResolver(claims: Iterable<LinkTargetEntry>): TargetResolver {
  return createTargetResolver(claims, { matchIds: true });
}

/**
 * A {@link LinkResolver} from one resolver per kind, so each can be rebuilt
 * on its own (the claims change without the articles, and the other way round).
 */
function combineResolvers(resolvers: Record<LinkKind, TargetResolver>): LinkResolver {
  return {
    resolve(link, sourceId) {
      if (link.kind === 'claim' && link.target.trim() === '') return { status: 'broken' };
      return resolvers[link.kind].resolve(link.target, sourceId);
    },
  };
}
