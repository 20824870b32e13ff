import {
  decideMerge,
  type Article,
  type BundleItemAction,
  type BundleItemPlan,
  type Claim,
  type HeldCopy,
  type MergeOutcome,
  type Source,
  type VersionInfo,
} from '../../../core/index.js';
import type { BundleDependencies } from './create.js';
import { articleHash, claimHash, sourceHash } from './hash.js';
import type { ReadBundle } from './read.js';
import { itemKey, type ExchangeState, type ItemKind } from './state.js';

/** One item of a bundle, decided. */
export interface PlannedItem<T> {
  kind: ItemKind;
  incoming: T;
  version: VersionInfo;
  copyOf?: string;
  outcome: MergeOutcome;
  /** The local item, when there is one. */
  local: T | null;
  localVersion: VersionInfo | null;
}

/** What applying a bundle will do, item by item. */
export interface BundlePlan {
  bundle: ReadBundle;
  state: ExchangeState;
  articles: PlannedItem<Article>[];
  claims: PlannedItem<Claim>[];
  sources: PlannedItem<Source>[];
}

interface Kind<T extends { id: string }> {
  kind: ItemKind;
  find(id: string): Promise<T | null>;
  hash(item: T): string;
}

async function decideAll<T extends { id: string }>(
  kind: Kind<T>,
  carried: ReadonlyArray<{ item: T; hash: string; ancestry: string[]; copyOf?: string | undefined }>,
  state: ExchangeState,
): Promise<PlannedItem<T>[]> {
  const versionOf = async (id: string): Promise<{ item: T; version: VersionInfo } | null> => {
    const item = await kind.find(id);
    return item === null
      ? null
      : { item, version: { hash: kind.hash(item), ancestry: state.ancestry[itemKey(kind.kind, id)] ?? [] } };
  };
  const open = state.conflicts.filter((c) => c.kind === kind.kind && !c.resolved);
  const planned: PlannedItem<T>[] = [];
  for (const { item, hash, ancestry, copyOf } of carried) {
    const local = await versionOf(item.id);
    const family = copyOf ?? item.id;
    const held: HeldCopy[] = [];
    if (copyOf !== undefined) {
      const original = await versionOf(copyOf);
      if (original !== null) held.push({ copyId: copyOf, version: original.version, original: true });
    }
    for (const conflict of open.filter((c) => c.originalId === family && c.copyId !== item.id)) {
      const copy = await versionOf(conflict.copyId);
      if (copy !== null) held.push({ copyId: conflict.copyId, version: copy.version });
    }
    const version = { hash, ancestry };
    planned.push({
      kind: kind.kind,
      incoming: item,
      version,
      ...(copyOf === undefined ? {} : { copyOf }),
      outcome: decideMerge(local?.version ?? null, version, held),
      local: local?.item ?? null,
      localVersion: local?.version ?? null,
    });
  }
  return oneWritePerItem(planned);
}

/**
 * One write per item: when a bundle carries a conflict copy's own newer
 * version and also another version that would update that copy (or two
 * such versions), the copy's own version is applied (else the first); a
 * version the applied one already holds is 'held', any other is kept as a
 * conflict copy of its own. Writing one item twice in one batch would
 * refuse the whole bundle, every time it came.
 */
function oneWritePerItem<T extends { id: string }>(planned: PlannedItem<T>[]): PlannedItem<T>[] {
  const writes = new Map<string, PlannedItem<T>>();
  for (const item of planned)
    if (item.outcome.kind === 'take' || item.outcome.kind === 'add') writes.set(item.incoming.id, item);
  for (const item of planned) {
    if (item.outcome.kind !== 'updateCopy') continue;
    const { copyId } = item.outcome;
    const first = writes.get(copyId);
    if (first === undefined) writes.set(copyId, item);
    else
      item.outcome =
        first.version.hash === item.version.hash || first.version.ancestry.includes(item.version.hash)
          ? { kind: 'held', copyId }
          : { kind: 'conflict' };
  }
  return planned;
}

/**
 * Decides, for every item of a bundle, what applying it does — by the
 * merge rules of core/exchange, on the versions held here and their
 * ancestry. Reads only.
 */
export async function planBundle(deps: BundleDependencies, bundle: ReadBundle): Promise<BundlePlan> {
  const state = await deps.state.read();
  const { docs } = deps.catalog.context;
  const claims = new Map(docs.claims.data.claims.map((claim) => [claim.id, claim]));
  const sources = new Map(docs.sources.data.sources.map((source) => [source.id, source]));
  return {
    bundle,
    state,
    articles: await decideAll(
      {
        kind: 'article',
        find: async (id) => (deps.articles.exists(id) ? deps.articles.get(id) : null),
        hash: articleHash,
      },
      bundle.items.articles,
      state,
    ),
    claims: await decideAll(
      { kind: 'claim', find: async (id) => claims.get(id) ?? null, hash: claimHash },
      bundle.items.claims,
      state,
    ),
    sources: await decideAll(
      { kind: 'source', find: async (id) => sources.get(id) ?? null, hash: sourceHash },
      bundle.items.sources,
      state,
    ),
  };
}

/** What an item is called in lists: an article's title, a claim's statement, a source's key. */
export const labelOf = (item: Article | Claim | Source): string =>
  'title' in item && 'body' in item ? item.title : 'statement' in item ? item.statement : item.key;

/** The plan as the preview and the outcome list it. */
export function planItems(plan: BundlePlan): BundleItemPlan[] {
  return [...plan.articles, ...plan.claims, ...plan.sources].map((planned) => {
    const item: BundleItemPlan = {
      kind: planned.kind,
      id: planned.incoming.id,
      label: labelOf(planned.incoming),
      action: planned.outcome.kind,
    };
    if (planned.outcome.kind === 'conflict' && planned.local !== null)
      item.local = { id: planned.local.id, title: labelOf(planned.local) };
    if (planned.outcome.kind === 'held' || planned.outcome.kind === 'updateCopy')
      item.local = { id: planned.outcome.copyId, title: '' };
    return item;
  });
}

/** Items per action. */
export function summarize(items: readonly BundleItemPlan[]): Record<BundleItemAction, number> {
  const summary: Record<BundleItemAction, number> = {
    add: 0,
    identical: 0,
    keep: 0,
    take: 0,
    held: 0,
    updateCopy: 0,
    conflict: 0,
  };
  for (const item of items) summary[item.action]++;
  return summary;
}
