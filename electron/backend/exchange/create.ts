import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import {
  APP_VERSION,
  attachmentsIn,
  BUNDLE_FORMAT,
  BUNDLE_ITEMS,
  BUNDLE_MANIFEST,
  BUNDLE_VERSION,
  citedKeys,
  outgoingVersion,
  sourceIndex,
  type Article,
  type BundleCounts,
  type BundleItems,
  type BundleManifest,
  type Claim,
  type Settings,
  type Source,
} from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { AttachmentStore } from '../attachments/store.js';
import type { CatalogService } from '../catalog/index.js';
import { encodeRevision, revisionFileName, REVISIONS_DIR } from '../history/revision-file.js';
import type { RevisionStore } from '../history/revisions.js';
import { articleHash, claimHash, sourceHash } from './hash.js';
import { itemKey, type ExchangeStateFile, type ItemKind } from './state.js';

/** What making and applying bundles works on. */
export interface BundleDependencies {
  articles: ArticlesService;
  catalog: CatalogService;
  revisions: RevisionStore;
  attachments: AttachmentStore;
  state: ExchangeStateFile;
  settings: Settings;
}

/** How making a bundle reports progress and is stopped. */
export interface BundleControl {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Makes a bundle of articles and what they depend on: the claims they
 * answer (and their categories), the sources they cite, the colours of
 * their tags, their revisions and the images they show. Each item carries
 * the hashes of its versions exchanged so far plus its current one, which
 * are recorded here first, so a version that left is known when it comes back.
 * One zip: `bundle.json` (format, version, sender, counts, SHA-256 of every
 * entry), `items.json`, `revisions/…`, `attachments/…`.
 */
export async function createBundle(
  deps: BundleDependencies,
  ids: readonly string[],
  control: BundleControl = {},
): Promise<{ bytes: Uint8Array; counts: BundleCounts }> {
  const state = await deps.state.read();
  const copies = new Map(state.conflicts.filter((c) => !c.resolved).map((c) => [c.copyId, c.originalId]));
  const total = ids.length;
  const articles: Article[] = [];
  for (const id of ids) {
    if (control.signal?.aborted) throw new Error('cancelled');
    articles.push(await deps.articles.get(id));
    control.progress?.(articles.length, total + 1);
  }
  const { docs } = deps.catalog.context;
  const claimIds = new Set(articles.flatMap((article) => article.claimIds));
  const claims: Claim[] = docs.claims.data.claims.filter((claim) => claimIds.has(claim.id));
  const index = sourceIndex(docs.sources.data.sources);
  const sources = new Map<string, Source>();
  for (const article of articles) {
    for (const key of citedKeys(article.body)) {
      const source = index.get(key.toLowerCase());
      if (source !== undefined) sources.set(source.id, source);
    }
  }
  const categoryIds = new Set(claims.map((claim) => claim.categoryId));
  const tags = new Set(articles.flatMap((article) => article.tags));
  const colors = docs.catalog.data.tagColors;

  const carry = <T extends { id: string }>(kind: ItemKind, item: T, hash: string) => {
    const ancestry = [...outgoingVersion(hash, state.ancestry[itemKey(kind, item.id)] ?? []).ancestry];
    state.ancestry[itemKey(kind, item.id)] = ancestry;
    const copyOf = copies.get(item.id);
    return { item, hash, ancestry, ...(copyOf === undefined ? {} : { copyOf }) };
  };
  const items: BundleItems = {
    articles: articles.map((article) => carry('article', article, articleHash(article))),
    claims: claims.map((claim) => carry('claim', claim, claimHash(claim))),
    sources: [...sources.values()].map((source) => carry('source', source, sourceHash(source))),
    categories: docs.catalog.data.categories.filter((category) => categoryIds.has(category.id)),
    tagColors: Object.fromEntries(Object.entries(colors).filter(([tag]) => tags.has(tag))),
  };

  const entries: Record<string, Uint8Array> = { [BUNDLE_ITEMS]: strToU8(JSON.stringify(items)) };
  let revisions = 0;
  for (const article of articles) {
    for (const meta of await deps.revisions.list(article.id)) {
      try {
        const record = await deps.revisions.record(article.id, meta.id);
        entries[`${REVISIONS_DIR}/${article.id}/${revisionFileName(meta.id)}`] = encodeRevision(record);
        revisions++;
      } catch {
        // A revision that cannot be read stays behind; `check` reports it.
      }
    }
  }
  const images = new Set(articles.flatMap((article) => attachmentsIn(article.body)));
  let imageCount = 0;
  for (const name of images) {
    if (!(await deps.attachments.has(name))) continue;
    entries[`attachments/${name}`] = await deps.attachments.get(name);
    imageCount++;
  }
  const counts: BundleCounts = {
    articles: items.articles.length,
    claims: items.claims.length,
    sources: items.sources.length,
    revisions,
    images: imageCount,
  };
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: new Date().toISOString(),
    app: APP_VERSION,
    from: { author: deps.settings.publishing.author, organisation: deps.settings.publishing.organisation },
    counts,
    entries: Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, sha256(bytes)])),
  };
  if (control.signal?.aborted) throw new Error('cancelled');
  await deps.state.write(state);
  const bytes = zipSync(
    { [BUNDLE_MANIFEST]: [strToU8(JSON.stringify(manifest, null, 2)), { level: 0 }], ...entries },
    { level: 6 },
  );
  control.progress?.(total + 1, total + 1);
  return { bytes, counts };
}
