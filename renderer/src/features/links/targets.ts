import { create } from 'zustand';
import type { ArticleSummary } from '../../../../core/model/article.js';
import {
  claimTargetEntry,
  claimTargetsSignature,
  createLinkResolver,
  createTitleMatcher,
  type ClaimTargetSource,
  type LinkResolver,
  type LinkTargetEntry,
  type SuggestEntry,
  type TitleMatcher,
} from '../../../../core/links/index.js';
import { call } from '../../api/index.js';
import { useClaims } from '../claims/store.js';
import { useLibrary } from '../library/store.js';

/** What links can point at, and the lookups built over it. */
export interface LinkTargets {
  /** Active articles by id. */
  byId: ReadonlyMap<string, ArticleSummary>;
  /** The workspace's claims by id (`[[claim:…]]` targets). */
  claims: ReadonlyMap<string, ClaimTargetSource>;
  resolver: LinkResolver;
  matcher: TitleMatcher;
}

interface LinkTargetStore {
  targets: LinkTargets;
  /** Rebuilds the lookups from a list of active articles, when a title, path or alias changed. */
  sync(articles: readonly ArticleSummary[]): void;
  /** Rebuilds the lookups from the workspace's claims, when an id or a statement changed. */
  syncClaims(claims: readonly ClaimTargetSource[]): void;
}

/** The resolver's view of an article: imported ones answer to their folder path too. */
export function targetEntry(article: ArticleSummary): LinkTargetEntry {
  const entry: LinkTargetEntry = { id: article.id, title: article.title, aliases: article.aliases ?? [] };
  if (article.path != null)
    entry.path = article.path === '' ? article.title : `${article.path}/${article.title}`;
  return entry;
}

/** Builds the resolver and the `[[` matcher over the active articles and the claims. */
export function buildTargets(
  articles: readonly ArticleSummary[],
  claims: readonly ClaimTargetSource[] = [],
): LinkTargets {
  const entries = articles.map(targetEntry);
  const claimEntries = claims.map(claimTargetEntry);
  const suggestions: SuggestEntry[] = [
    ...entries.map((entry) => ({ ...entry, kind: 'article' as const })),
    ...claimEntries.map((entry) => ({ ...entry, kind: 'claim' as const })),
  ];
  return {
    byId: new Map(articles.map((article) => [article.id, article])),
    claims: new Map(claims.map(({ id, statement }) => [id, { id, statement }])),
    resolver: createLinkResolver({ articles: entries, claims: claimEntries }),
    matcher: createTitleMatcher(suggestions),
  };
}

const signature = (article: ArticleSummary): string =>
  `${article.title}\u0000${article.path ?? ''}\u0000${(article.aliases ?? []).join('\u0000')}`;

function sameNames(before: ReadonlyMap<string, ArticleSummary>, after: readonly ArticleSummary[]): boolean {
  if (before.size !== after.length) return false;
  return after.every((article) => {
    const old = before.get(article.id);
    return old !== undefined && signature(old) === signature(article);
  });
}

/**
 * The link targets of the workspace: the active articles, kept in step with
 * the library list (and loaded on their own while the list shows the trash).
 * The lookups are rebuilt only when a name changes, not on every save.
 */
export const useLinkTargets = create<LinkTargetStore>()((set, get) => ({
  targets: buildTargets([]),
  sync(articles) {
    const current = get().targets;
    if (sameNames(current.byId, articles)) {
      set({ targets: { ...current, byId: new Map(articles.map((article) => [article.id, article])) } });
    } else {
      set({ targets: buildTargets(articles, [...current.claims.values()]) });
    }
  },
  syncClaims(claims) {
    const current = get().targets;
    if (claimTargetsSignature([...current.claims.values()]) === claimTargetsSignature(claims)) return;
    set({ targets: buildTargets([...current.byId.values()], claims) });
  },
}));

let activeLoad = 0;

/** Follows the library: its list when it shows the active articles, a fresh load otherwise. */
export function followLibrary(): () => void {
  const update = (): void => {
    const { scope, articles, loading, filtered } = useLibrary.getState();
    if (loading) return;
    if (scope === 'active' && !filtered) {
      useLinkTargets.getState().sync(articles);
      return;
    }
    const token = ++activeLoad;
    void call('articles:list', { scope: 'active' })
      .then((active) => {
        if (token === activeLoad) useLinkTargets.getState().sync(active);
      })
      .catch(() => undefined);
  };
  update();
  return useLibrary.subscribe((state, previous) => {
    if (state.articles !== previous.articles || state.scope !== previous.scope) update();
  });
}

/** Follows the claims store: claim links resolve and complete against the claims it holds. */
export function followClaims(): () => void {
  useLinkTargets.getState().syncClaims(useClaims.getState().claims);
  return useClaims.subscribe((state, previous) => {
    if (state.claims !== previous.claims) useLinkTargets.getState().syncClaims(state.claims);
  });
}

/** The editor's view of {@link useLinkTargets}: the current lookups, and a call when they are rebuilt. */
export const editorLinkSource = {
  get: (): LinkTargets => useLinkTargets.getState().targets,
  subscribe(listener: (targets: LinkTargets) => void): () => void {
    return useLinkTargets.subscribe((state, previous) => {
      if (state.targets.resolver !== previous.targets.resolver) listener(state.targets);
    });
  },
};
