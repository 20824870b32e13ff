import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  extendAncestry,
  outgoingVersion,
  type Category,
  type TeamRefusal,
} from '../../../core/index.js';
import { defaultCategories } from '../../../core/claims/taxonomy.js';
import { applyBundle } from '../exchange/apply.js';
import type { BundleDependencies } from '../exchange/create.js';
import { currentHash } from '../exchange/current.js';
import { planBundle, type BundlePlan } from '../exchange/plan.js';
import type { ReadBundle } from '../exchange/read.js';
import { itemKey, type ConflictEntry } from '../exchange/state.js';
import {
  docIdOf,
  hashOf,
  labelOfItem,
  parseDocId,
  readDoc,
  teamCopyId,
  type IncomingDoc,
  type RefusedDoc,
  type TeamItem,
} from './mapping.js';
import { TeamError, type ChangeRow, type TeamRemote } from './remote.js';
import { addRefusal, type TeamConnection } from './state.js';

/** Documents read from `_changes` and written with `_bulk_docs` per request. */
const BATCH = 100;

/**
 * An item of the workspace as a team document would carry it. An article's
 * entry is read only when it is to be sent (see {@link withEntries}); its
 * hash comes from the cache while its file has not changed.
 */
interface LocalItem {
  docId: string;
  hash: string;
  entry: TeamItem | { kind: 'article'; item: null; id: string };
}

/** What one sync step works on. */
export interface SyncContext {
  deps: BundleDependencies;
  remote: TeamRemote;
  /** The connection, changed in place and written by `save`. */
  connection: TeamConnection;
  save(): Promise<void>;
  /** Article hashes by id, kept between rounds; the change feed drops changed ones. */
  hashes: Map<string, { stamp: string; hash: string }>;
  /** Hears documents read in the first sync. */
  progress?: (done: number) => void;
  /** Hears how many documents from the server a page wrote here. */
  received?: (count: number) => void;
}

const defaults = new Map(defaultCategories().map((category) => [category.id, category]));

const sameCategory = (a: Category, b: Category | undefined) =>
  b !== undefined && a.name.vi === b.name.vi && a.name.en === b.name.en && a.order === b.order;

/** Every item of the workspace with its hash (articles in the trash included). */
export async function localItems(ctx: Pick<SyncContext, 'deps' | 'hashes'>): Promise<LocalItem[]> {
  const { articles, catalog } = ctx.deps;
  const items: LocalItem[] = [];
  const add = (entry: TeamItem, id: string) =>
    items.push({ docId: docIdOf(entry.kind, id), entry, hash: hashOf(entry) });
  for (const { meta } of articles.snapshot()) {
    if (!articles.exists(meta.id)) continue;
    const stamp = `${meta.rev}|${meta.updatedAt}|${meta.deletedAt ?? ''}`;
    let hash = ctx.hashes.get(meta.id)?.stamp === stamp ? ctx.hashes.get(meta.id)!.hash : undefined;
    if (hash === undefined) {
      // Read only when the file changed since it was last hashed: a round does not read every article.
      hash = hashOf({ kind: 'article', item: await articles.get(meta.id) });
      ctx.hashes.set(meta.id, { stamp, hash });
    }
    items.push({
      docId: docIdOf('article', meta.id),
      entry: { kind: 'article', item: null, id: meta.id },
      hash,
    });
  }
  const { docs } = catalog.context;
  for (const claim of docs.claims.data.claims) add({ kind: 'claim', item: claim }, claim.id);
  for (const source of docs.sources.data.sources) add({ kind: 'source', item: source }, source.id);
  for (const category of docs.catalog.data.categories) add({ kind: 'category', item: category }, category.id);
  add({ kind: 'tagColors', item: { ...docs.catalog.data.tagColors } }, 'tagColors');
  for (const list of docs.catalog.data.smartLists) add({ kind: 'smartList', item: list }, list.id);
  return items;
}

/**
 * The items to send: changed since the server last held them, not refused
 * in this version, and not the untouched default taxonomy (every workspace
 * has it; a writer may not write it).
 */
export function waitingItems<T extends LocalItem>(connection: TeamConnection, items: readonly T[]): T[] {
  return items.filter(({ docId, entry, hash }) => {
    const known = connection.docs[docId];
    if (known?.hash === hash || known?.refused === hash) return false;
    if (known === undefined) {
      if (entry.kind === 'category' && sameCategory(entry.item, defaults.get(entry.item.id))) return false;
      if (entry.kind === 'tagColors' && Object.keys(entry.item).length === 0) return false;
    }
    return true;
  });
}

/**
 * The items with their content read: an article is read now, and its hash
 * taken from what was read (it may have been saved since it was hashed),
 * so a document always carries the hash of its own item.
 */
async function withEntries(
  ctx: Pick<SyncContext, 'deps' | 'hashes'>,
  items: readonly LocalItem[],
): Promise<Array<LocalItem & { entry: TeamItem }>> {
  const read: Array<LocalItem & { entry: TeamItem }> = [];
  for (const item of items) {
    if (item.entry.item !== null) {
      read.push(item as LocalItem & { entry: TeamItem });
      continue;
    }
    const { id } = item.entry;
    if (!ctx.deps.articles.exists(id)) continue;
    const meta = ctx.deps.articles.summary(id)!;
    const entry: TeamItem = { kind: 'article', item: await ctx.deps.articles.get(id) };
    const hash = hashOf(entry);
    if (entry.item.rev === meta.rev)
      ctx.hashes.set(id, { stamp: `${meta.rev}|${meta.updatedAt}|${meta.deletedAt ?? ''}`, hash });
    read.push({ docId: item.docId, entry, hash });
  }
  return read;
}

const refusalOf = (doc: RefusedDoc, direction: TeamRefusal['direction']): TeamRefusal => ({
  direction,
  kind: doc.kind,
  docId: doc.docId,
  label: doc.label,
  reason: doc.reason,
  at: new Date().toISOString(),
});

/**
 * Sends the waiting items with `_bulk_docs`, each over the server revision
 * last seen, its ancestry extended with its current hash. Written: the
 * revision and hash recorded. A conflict (the server moved on): left for
 * the next pull, whose merge decides. Refused (the design document's roles):
 * listed, not sent again until the item changes; the workspace is untouched.
 */
export async function push(ctx: SyncContext): Promise<{ sent: number; refused: number }> {
  const items = waitingItems(
    ctx.connection,
    await withEntries(ctx, waitingItems(ctx.connection, await localItems(ctx))),
  );
  if (items.length === 0) return { sent: 0, refused: 0 };
  const exchange = await ctx.deps.state.read();
  const copies = new Map(
    exchange.conflicts.filter((c) => !c.resolved).map((c) => [itemKey(c.kind, c.copyId), c.originalId]),
  );
  let sent = 0;
  let refused = 0;
  for (let at = 0; at < items.length; at += BATCH) {
    const batch = items.slice(at, at + BATCH);
    const bodies = batch.map(({ docId, entry, hash }) => {
      const tracked = entry.kind === 'article' || entry.kind === 'claim' || entry.kind === 'source';
      let ancestry = [hash];
      if (tracked) {
        ancestry = [...outgoingVersion(hash, exchange.ancestry[docId] ?? []).ancestry];
        exchange.ancestry[docId] = ancestry;
      }
      const copyOf = copies.get(docId);
      const rev = ctx.connection.docs[docId]?.rev;
      return {
        _id: docId,
        ...(rev === undefined || rev === '' ? {} : { _rev: rev }),
        kind: entry.kind,
        item: entry.item,
        hash,
        ancestry,
        ...(copyOf === undefined ? {} : { copyOf }),
      };
    });
    await ctx.deps.state.write(exchange);
    const answers = await ctx.remote.bulk(bodies);
    for (const [index, answer] of answers.entries()) {
      const item = batch[index]!;
      if (answer.ok === true && answer.rev !== undefined) {
        ctx.connection.docs[item.docId] = { rev: answer.rev, hash: item.hash };
        sent++;
      } else if (answer.error === 'forbidden') {
        const known = ctx.connection.docs[item.docId];
        ctx.connection.docs[item.docId] = {
          rev: known?.rev ?? '',
          hash: known?.hash ?? '',
          refused: item.hash,
        };
        addRefusal(
          ctx.connection,
          refusalOf(
            {
              docId: item.docId,
              kind: item.entry.kind,
              label: labelOfItem(item.entry),
              reason: answer.reason ?? 'refused',
            },
            'push',
          ),
        );
        refused++;
      } else if (answer.error === 'unauthorized') {
        await ctx.save();
        throw new TeamError('unauthorized', 'The server did not accept the name and password.');
      }
      // 'conflict': the server holds a newer revision; the next pull brings it and the merge decides.
    }
    await ctx.save();
  }
  return { sent, refused };
}

/** A synthetic bundle of server documents, applied by the exchange's own plan and apply. */
function bundleOf(name: string, docs: readonly IncomingDoc[]): ReadBundle {
  const carried = <K extends 'article' | 'claim' | 'source'>(kind: K) =>
    docs
      .filter((doc) => doc.entry.kind === kind)
      .map((doc) => ({
        item: doc.entry.item as Extract<TeamItem, { kind: K }>['item'],
        hash: doc.hash,
        ancestry: doc.ancestry,
      }));
  return {
    name,
    manifest: {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      createdAt: new Date().toISOString(),
      app: 'team',
      from: { author: '', organisation: '' },
      counts: { articles: 0, claims: 0, sources: 0, revisions: 0, images: 0 },
      entries: {},
    },
    items: {
      articles: carried('article'),
      claims: carried('claim'),
      sources: carried('source'),
      categories: [],
      tagColors: {},
    },
    revisions: [],
    images: new Map(),
  };
}

/**
 * The taxonomy and smart lists (which bundles do not carry): a missing item
 * is added; one unchanged here since the last sync takes the server's
 * version; one changed here too keeps the local version (it is sent next,
 * and the server's roles decide). Tag colours missing here are added either way.
 */
async function applyCatalogDocs(ctx: SyncContext, docs: readonly IncomingDoc[]): Promise<void> {
  if (docs.length === 0) return;
  await ctx.deps.catalog.run(async ({ docs: files }) => {
    const before = files.catalog.data;
    const categories = [...before.categories];
    const smartLists = [...before.smartLists];
    let tagColors = { ...before.tagColors };
    const unchanged = (docId: string, entry: TeamItem) => ctx.connection.docs[docId]?.hash === hashOf(entry);
    for (const doc of docs) {
      const { entry } = doc;
      if (entry.kind === 'category') {
        const at = categories.findIndex((c) => c.id === entry.item.id);
        if (at < 0) categories.push({ ...entry.item, order: categories.length });
        else if (unchanged(doc.docId, { kind: 'category', item: categories[at]! }))
          categories[at] = entry.item;
      } else if (entry.kind === 'smartList') {
        const at = smartLists.findIndex((l) => l.id === entry.item.id);
        if (at < 0) smartLists.push(entry.item);
        else if (unchanged(doc.docId, { kind: 'smartList', item: smartLists[at]! }))
          smartLists[at] = entry.item;
      } else if (entry.kind === 'tagColors') {
        if (unchanged(doc.docId, { kind: 'tagColors', item: tagColors })) tagColors = { ...entry.item };
        else for (const [tag, color] of Object.entries(entry.item)) tagColors[tag] ??= color;
      }
    }
    await files.catalog.commit({
      ...before,
      categories,
      smartLists,
      tagColors: Object.assign(Object.create(null), tagColors),
    });
  });
}

/** The local item a document id names, or null. */
async function localEntry(ctx: SyncContext, docId: string): Promise<TeamItem | null> {
  const named = parseDocId(docId);
  if (named === null) return null;
  const { articles, catalog } = ctx.deps;
  const { docs } = catalog.context;
  switch (named.kind) {
    case 'article':
      return articles.exists(named.id) ? { kind: 'article', item: await articles.get(named.id) } : null;
    case 'claim': {
      const item = docs.claims.data.claims.find((c) => c.id === named.id);
      return item === undefined ? null : { kind: 'claim', item };
    }
    case 'source': {
      const item = docs.sources.data.sources.find((c) => c.id === named.id);
      return item === undefined ? null : { kind: 'source', item };
    }
    case 'category': {
      const item = docs.catalog.data.categories.find((c) => c.id === named.id);
      return item === undefined ? null : { kind: 'category', item };
    }
    case 'smartList': {
      const item = docs.catalog.data.smartLists.find((c) => c.id === named.id);
      return item === undefined ? null : { kind: 'smartList', item };
    }
    case 'tagColors':
      return { kind: 'tagColors', item: { ...docs.catalog.data.tagColors } };
  }
}

/**
 * The team's outcomes over the exchange's plan. Here an item's ancestry also
 * names the versions it only saw and kept as conflict copies (see
 * {@link applyItems}), so a version naming a copy's version need not hold
 * the copy's text: it never updates the copy (which would lose that text),
 * it becomes a copy of its own. And a version whose copy arrives in the
 * same page (made on another machine, with the same id) is held by it.
 */
function teamOutcomes(plan: BundlePlan): BundlePlan {
  const items = [...plan.articles, ...plan.claims, ...plan.sources];
  const carried = new Set(items.map((planned) => itemKey(planned.kind, planned.incoming.id)));
  for (const planned of items) {
    if (planned.outcome.kind === 'updateCopy') planned.outcome = { kind: 'conflict' };
    if (planned.outcome.kind !== 'conflict') continue;
    const copyId = teamCopyId(planned.kind, planned.incoming.id, planned.version.hash);
    if (carried.has(itemKey(planned.kind, copyId))) planned.outcome = { kind: 'held', copyId };
  }
  return plan;
}

/**
 * Applies valid server documents of articles, claims and sources as one
 * bundle (all or nothing, the exchange's merge rules), then makes the
 * team's two additions to those rules: a version kept here while the
 * incoming one became (or already is) a conflict copy joins the local
 * item's ancestry ("seen, kept as a copy"), so the local version, sent over
 * it, is taken by the other machines; and a document that is itself a
 * conflict copy is listed as one here too.
 */
async function applyItems(ctx: SyncContext, docs: IncomingDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const name = `team:${ctx.connection.db}`;
  const plan = teamOutcomes(await planBundle(ctx.deps, bundleOf(name, docs)));
  await applyBundle(ctx.deps, plan, { copyId: teamCopyId, settle: false });
  const exchange = await ctx.deps.state.read();
  for (const planned of [...plan.articles, ...plan.claims, ...plan.sources]) {
    if (planned.outcome.kind !== 'conflict' && planned.outcome.kind !== 'held') continue;
    if (planned.localVersion === null) continue;
    const key = itemKey(planned.kind, planned.incoming.id);
    exchange.ancestry[key] = extendAncestry(exchange.ancestry[key] ?? [], planned.version.ancestry, [
      planned.version.hash,
    ]);
  }
  const at = new Date().toISOString();
  for (const doc of docs) {
    if (doc.copyOf === undefined) continue;
    const kind = doc.entry.kind as ConflictEntry['kind'];
    const copyId = (doc.entry.item as { id: string }).id;
    if ((await currentHash(ctx.deps, kind, doc.copyOf)) === null) continue;
    const trashed = kind === 'article' && ctx.deps.articles.summary(copyId)?.deletedAt != null;
    const entry = exchange.conflicts.find((c) => c.kind === kind && c.copyId === copyId);
    if (entry === undefined)
      exchange.conflicts.push({ kind, originalId: doc.copyOf, copyId, at, bundle: name, resolved: trashed });
    else if (trashed) entry.resolved = true;
  }
  await ctx.deps.state.write(exchange);
}

/**
 * Versions CouchDB kept as conflicts of one document (replicated from
 * elsewhere): each one that the version held here neither is nor descends
 * from becomes a conflict copy (an id derived from the document and the
 * version, so every machine makes the same one); an editor then deletes the
 * losing revisions on the server, their content being kept as copies.
 */
async function applyLosers(ctx: SyncContext, docId: string, revs: readonly string[]): Promise<void> {
  const copies: IncomingDoc[] = [];
  for (const rev of revs) {
    const raw = await ctx.remote.revision(docId, rev);
    if (raw === null) continue;
    const read = readDoc(raw);
    if (!('entry' in read)) {
      addRefusal(ctx.connection, refusalOf(read, 'pull'));
      continue;
    }
    const { entry } = read;
    if (entry.kind !== 'article' && entry.kind !== 'claim' && entry.kind !== 'source') continue;
    const local = await localEntry(ctx, docId);
    const exchange = await ctx.deps.state.read();
    const seen = exchange.ancestry[docId] ?? [];
    if (local !== null && (hashOf(local) === read.hash || seen.includes(read.hash))) continue;
    const original = entry.item.id;
    const copyId = teamCopyId(entry.kind, original, read.hash);
    copies.push({
      ...read,
      docId: docIdOf(entry.kind, copyId),
      entry: { ...entry, item: { ...entry.item, id: copyId } } as TeamItem,
      hash: hashOf({ ...entry, item: { ...entry.item, id: copyId } } as TeamItem),
      copyOf: original,
    });
  }
  await applyItems(ctx, copies);
  if (ctx.connection.role === 'editor') {
    await ctx.remote.bulk(revs.map((rev) => ({ _id: docId, _rev: rev, _deleted: true })));
  }
}

/** A document deleted on the server: an article goes to the trash here (never purged); anything else stays. */
async function applyDeleted(ctx: SyncContext, row: ChangeRow): Promise<void> {
  const named = parseDocId(row.id);
  if (named === null) return;
  if (named.kind === 'article' && ctx.deps.articles.exists(named.id)) {
    if (ctx.deps.articles.summary(named.id)?.deletedAt === null) await ctx.deps.articles.trash(named.id);
  }
  const local = await localEntry(ctx, row.id);
  ctx.connection.docs[row.id] = { rev: row.changes[0]?.rev ?? '', hash: local === null ? '' : hashOf(local) };
}

/**
 * Reads one page of `_changes` after the checkpoint and applies it: our own
 * writes coming back (same revision) are skipped; every other document is
 * read with the workspace's schemas (a refused one is listed and never
 * written); categories, tag colours and smart lists first, then articles,
 * claims and sources as one bundle, then the conflicts CouchDB kept, then
 * deletions. The checkpoint (here, then on the server) moves only after
 * the page is applied, so a crash re-reads it, which changes nothing twice.
 * Resolves the number of rows read.
 */
export async function pullPage(ctx: SyncContext, wait = false, signal?: AbortSignal): Promise<number> {
  const page = await ctx.remote.changes(ctx.connection.since, BATCH, wait, signal);
  const catalogDocs: IncomingDoc[] = [];
  const itemDocs: IncomingDoc[] = [];
  const losers: Array<{ docId: string; revs: string[] }> = [];
  const deleted: ChangeRow[] = [];
  for (const row of page.results) {
    if (row.id.startsWith('_design/')) continue;
    const doc = row.doc;
    if (row.deleted === true || doc === undefined || doc._deleted === true) {
      if (ctx.connection.docs[row.id]?.rev !== row.changes[0]?.rev) deleted.push(row);
      continue;
    }
    if (ctx.connection.docs[row.id]?.rev !== doc._rev) {
      const read = readDoc(doc);
      if (!('entry' in read)) addRefusal(ctx.connection, refusalOf(read, 'pull'));
      else if (read.entry.kind === 'article' || read.entry.kind === 'claim' || read.entry.kind === 'source')
        itemDocs.push(read);
      else catalogDocs.push(read);
    }
    if (doc._conflicts !== undefined && doc._conflicts.length > 0)
      losers.push({ docId: row.id, revs: doc._conflicts });
  }
  await applyCatalogDocs(ctx, catalogDocs);
  const ready = await withCategories(ctx, itemDocs);
  await applyItems(ctx, ready);
  for (const doc of [...catalogDocs, ...ready])
    ctx.connection.docs[doc.docId] = { rev: doc.rev, hash: doc.hash };
  for (const { docId, revs } of losers) await applyLosers(ctx, docId, revs);
  for (const row of deleted) await applyDeleted(ctx, row);
  ctx.connection.since = page.last_seq;
  await ctx.save();
  ctx.received?.(catalogDocs.length + ready.length + losers.length + deleted.length);
  await ctx.remote.saveCheckpoint(ctx.connection.client, page.last_seq);
  ctx.progress?.(page.results.length);
  return page.results.length;
}

/**
 * The claims whose category is neither here nor in the page fetch it from
 * the server (the changes feed lists a renamed category after its claims);
 * one the server does not hold either is refused and listed.
 */
async function withCategories(ctx: SyncContext, docs: IncomingDoc[]): Promise<IncomingDoc[]> {
  const have = () => new Set(ctx.deps.catalog.context.docs.catalog.data.categories.map((c) => c.id));
  const missing = new Set(
    docs.flatMap((doc) =>
      doc.entry.kind === 'claim' && !have().has(doc.entry.item.categoryId) ? [doc.entry.item.categoryId] : [],
    ),
  );
  if (missing.size === 0) return docs;
  const fetched: IncomingDoc[] = [];
  for (const id of missing) {
    const raw = await ctx.remote.revision(docIdOf('category', id));
    const read = raw === null ? null : readDoc(raw);
    if (read !== null && 'entry' in read) fetched.push(read);
  }
  await applyCatalogDocs(ctx, fetched);
  const now = have();
  return docs.filter((doc) => {
    if (doc.entry.kind !== 'claim' || now.has(doc.entry.item.categoryId)) return true;
    addRefusal(
      ctx.connection,
      refusalOf(
        {
          docId: doc.docId,
          kind: 'claim',
          label: doc.entry.item.statement,
          reason: `it names a category (${doc.entry.item.categoryId}) the team database does not hold`,
        },
        'pull',
      ),
    );
    return false;
  });
}
