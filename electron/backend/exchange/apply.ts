import { randomBytes } from 'node:crypto';
import {
  AppError,
  joinAncestry,
  newId,
  sameKey,
  toErrorInfo,
  uniqueSourceKey,
  type Article,
  type BundleOutcome,
  type Claim,
  type ConflictRecord,
  type Source,
} from '../../../core/index.js';
import { writeBatch, type BatchEdit } from '../article-batch.js';
import type { RevisionRecord } from '../history/revision-file.js';
import type { BundleDependencies } from './create.js';
import { currentHash } from './current.js';
import { articleHash, claimHash, sourceHash } from './hash.js';
import { labelOf, planItems, summarize, type BundlePlan, type PlannedItem } from './plan.js';
import { itemKey, type ConflictEntry } from './state.js';

type Undo = () => Promise<unknown>;

const freshId = () => newId((size) => randomBytes(size));

/** How an application of a bundle differs from a received file's (team sync). */
export interface ApplyOptions {
  /** The id a new conflict copy of `originalId` holding `hash` gets; default a fresh random id. */
  copyId?: (kind: ConflictEntry['kind'], originalId: string, hash: string) => string;
  /**
   * Mark open conflicts resolved when an incoming version descends from the
   * copy's (default true). Team sync extends an item's ancestry with the
   * versions it keeps as copies, so there that would close conflicts no writer resolved.
   */
  settle?: boolean;
}

/**
 * Applies a planned bundle, all or nothing: images, then categories, tag
 * colours, claims and sources, then articles (added as they are; a version
 * made from the local one taken, the replaced one snapshotted first; a
 * version both sides changed added beside the local one as a conflict copy:
 * the incoming version exactly, under a new id — for a source, under a free
 * key too, as keys are unique),
 * then the revisions, then the ancestry and conflict list. If a step fails,
 * every step before it is undone and the error says so.
 */
export async function applyBundle(
  deps: BundleDependencies,
  plan: BundlePlan,
  options: ApplyOptions = {},
): Promise<BundleOutcome> {
  const copyIdOf = (kind: ConflictEntry['kind'], originalId: string, hash: string) =>
    options.copyId?.(kind, originalId, hash) ?? freshId();
  const undo: Undo[] = [];
  const { bundle, state } = plan;
  const when = new Date().toISOString();
  const made: ConflictEntry[] = [];
  const copyIds = new Map<string, string>();
  let revisions = 0;
  let images = 0;
  const conflict = (kind: ConflictEntry['kind'], originalId: string, copyId: string) => {
    made.push({ kind, originalId, copyId, at: when, bundle: bundle.name, resolved: false });
    copyIds.set(`${kind}:${originalId}`, copyId);
  };
  const ancestry = (planned: PlannedItem<{ id: string }>, id: string, base: typeof planned.localVersion) => {
    state.ancestry[itemKey(planned.kind, id)] = joinAncestry(base, planned.version);
  };
  try {
    for (const [name, bytes] of bundle.images) {
      const stored = await deps.attachments.put(bytes, name);
      if (stored.created) {
        images++;
        undo.push(() => deps.attachments.remove([stored.name]));
      }
    }

    await deps.catalog.run(async (context) => {
      const { docs } = context;
      const before = { claims: docs.claims.data, sources: docs.sources.data, catalog: docs.catalog.data };
      const categories = [...before.catalog.categories];
      for (const category of bundle.items.categories) {
        if (!categories.some((c) => c.id === category.id))
          categories.push({ ...category, order: categories.length });
      }
      const tagColors = { ...before.catalog.tagColors };
      for (const [tag, color] of Object.entries(bundle.items.tagColors)) tagColors[tag] ??= color;
      const claims = [...before.claims.claims];
      for (const planned of plan.claims) {
        const at = claims.findIndex((claim) => claim.id === planned.incoming.id);
        applyItem(planned, {
          add: () => {
            if (!categories.some((c) => c.id === planned.incoming.categoryId))
              throw new AppError(
                'invalid_request',
                `The claim "${planned.incoming.statement}" names a category the bundle does not hold.`,
              );
            claims.push({ ...planned.incoming });
            ancestry(planned, planned.incoming.id, null);
          },
          take: () => {
            claims[at] = { ...planned.incoming, createdAt: claims[at]!.createdAt };
            ancestry(planned, planned.incoming.id, planned.localVersion);
          },
          copy: (copyId) => {
            const index = claims.findIndex((claim) => claim.id === copyId);
            const base = {
              hash: claimHash(claims[index]!),
              ancestry: state.ancestry[itemKey('claim', copyId)] ?? [],
            };
            claims[index] = { ...planned.incoming, id: copyId, statement: claims[index]!.statement };
            state.ancestry[itemKey('claim', copyId)] = joinAncestry(base, planned.version);
          },
          conflict: () => {
            const copy: Claim = {
              ...planned.incoming,
              id: copyIdOf('claim', planned.incoming.id, planned.version.hash),
            };
            claims.push(copy);
            state.ancestry[itemKey('claim', copy.id)] = joinAncestry(null, planned.version);
            conflict('claim', planned.incoming.id, copy.id);
          },
          recognise: () => ancestry(planned, planned.incoming.id, planned.localVersion),
        });
      }
      const sources = [...before.sources.sources];
      for (const planned of plan.sources) {
        const incoming = planned.incoming;
        const clash = sources.find(
          (source) => source.id !== incoming.id && sameKey(source.key, incoming.key),
        );
        const asCopy = (originalId: string) => {
          const copy: Source = {
            ...incoming,
            id: copyIdOf('source', originalId, planned.version.hash),
            key: uniqueSourceKey(
              incoming.key,
              sources.map((s) => s.key),
            ),
            createdAt: when,
            updatedAt: when,
          };
          sources.push(copy);
          state.ancestry[itemKey('source', copy.id)] = joinAncestry(null, planned.version);
          conflict('source', originalId, copy.id);
        };
        const at = sources.findIndex((source) => source.id === incoming.id);
        applyItem(planned, {
          add: () => {
            if (clash !== undefined) asCopy(clash.id);
            else {
              sources.push({ ...incoming });
              ancestry(planned, incoming.id, null);
            }
          },
          take: () => {
            if (clash !== undefined) asCopy(incoming.id);
            else {
              sources[at] = { ...incoming, createdAt: sources[at]!.createdAt };
              ancestry(planned, incoming.id, planned.localVersion);
            }
          },
          copy: (copyId) => {
            const index = sources.findIndex((source) => source.id === copyId);
            const base = {
              hash: sourceHash(sources[index]!),
              ancestry: state.ancestry[itemKey('source', copyId)] ?? [],
            };
            sources[index] = { ...incoming, id: copyId, key: sources[index]!.key };
            state.ancestry[itemKey('source', copyId)] = joinAncestry(base, planned.version);
          },
          conflict: () => asCopy(incoming.id),
          recognise: () => ancestry(planned, incoming.id, planned.localVersion),
        });
      }
      await docs.catalog.commit({ ...before.catalog, categories, tagColors });
      undo.push(() => deps.catalog.run((c) => c.docs.catalog.commit(before.catalog)));
      await docs.claims.commit({ ...before.claims, claims });
      undo.push(() => deps.catalog.run((c) => c.docs.claims.commit(before.claims)));
      await docs.sources.commit({ ...before.sources, sources });
      undo.push(() => deps.catalog.run((c) => c.docs.sources.commit(before.sources)));
    });

    const edits: BatchEdit[] = [];
    for (const planned of plan.articles) {
      const incoming = planned.incoming;
      /** A received version written over an article: snapshotted first, then one edit of the batch below. */
      const replace = async (id: string, next: Article) => {
        const current = await deps.articles.get(id);
        await deps.revisions.snapshot(current, 'merge');
        edits.push(wholeEdit(id, current.rev, next));
      };
      const adopt = async (article: Article) => {
        await deps.articles.adopt(article);
        undo.push(async () => {
          await deps.articles.trash(article.id);
          await deps.articles.purge(article.id);
        });
      };
      await applyItemAsync(planned, {
        add: async () => {
          await adopt(incoming);
          ancestry(planned, incoming.id, null);
          if (planned.copyOf !== undefined && deps.articles.exists(planned.copyOf))
            conflict('article', planned.copyOf, incoming.id);
        },
        take: async () => {
          await replace(incoming.id, incoming);
          ancestry(planned, incoming.id, planned.localVersion);
        },
        copy: async (copyId) => {
          const copy = await deps.articles.get(copyId);
          const base = {
            hash: articleHash(copy),
            ancestry: state.ancestry[itemKey('article', copyId)] ?? [],
          };
          await replace(copyId, { ...incoming, id: copyId, title: copy.title });
          state.ancestry[itemKey('article', copyId)] = joinAncestry(base, planned.version);
        },
        conflict: async () => {
          const copy: Article = { ...incoming, id: copyIdOf('article', incoming.id, planned.version.hash) };
          await adopt(copy);
          state.ancestry[itemKey('article', copy.id)] = joinAncestry(null, planned.version);
          conflict('article', incoming.id, copy.id);
        },
        recognise: async () => ancestry(planned, incoming.id, planned.localVersion),
      });
    }

    // The received versions of existing articles are written as one batch; its last step keeps the
    // received revisions and the exchange state, and if that fails the batch puts the articles back.
    await writeBatch(deps.articles, edits, {
      what: 'bundle',
      commit: async () => {
        for (const record of bundle.revisions) {
          const articleId = copyIds.get(`article:${record.meta.articleId}`) ?? record.meta.articleId;
          if (!deps.articles.exists(articleId)) continue;
          const adopted: RevisionRecord =
            articleId === record.meta.articleId
              ? record
              : { meta: { ...record.meta, articleId }, article: { ...record.article, id: articleId } };
          if (await deps.revisions.adopt(adopted)) {
            revisions++;
            undo.push(() => deps.revisions.remove(articleId, adopted.meta.id));
          }
        }
        if (options.settle !== false) await settleConflicts(deps, plan);
        state.conflicts.push(...made);
        await deps.state.write(state);
      },
    });
  } catch (error) {
    const stuck: string[] = [];
    for (const step of undo.reverse()) {
      await step().catch((failure: unknown) => stuck.push(toErrorInfo(failure).message));
    }
    const info = toErrorInfo(error);
    throw new AppError(
      info.code === 'conflict' ? 'conflict' : info.code === 'invalid_request' ? 'invalid_request' : 'io',
      stuck.length === 0
        ? `The bundle was not applied and nothing changed: ${info.message}`
        : `The bundle was not applied (${info.message}), and ${stuck.length} changes could not be undone: ${stuck.join('; ')}`,
    );
  }

  const items = planItems(plan);
  const labels = new Map<string, string>();
  for (const planned of [...plan.articles, ...plan.claims, ...plan.sources]) {
    labels.set(`${planned.kind}:${planned.incoming.id}`, labelOf(planned.incoming));
  }
  const conflicts: ConflictRecord[] = made.map((entry) => ({
    ...entry,
    originalLabel: labels.get(`${entry.kind}:${entry.originalId}`) ?? '',
    copyLabel: labels.get(`${entry.kind}:${entry.originalId}`) ?? '',
  }));
  return { items, summary: summarize(items), conflicts, revisions, images };
}

/** A batch edit that makes an article (at revision `rev`) the version `next`, but for its id and creation time. */
function wholeEdit(id: string, rev: number, next: Article): BatchEdit {
  return {
    id,
    text: { title: next.title, body: next.body, expectRev: rev },
    meta: {
      status: next.status,
      tags: next.tags,
      claimIds: next.claimIds,
      publication: next.publication,
      deadline: next.deadline,
      wordTarget: next.wordTarget,
      rating: next.rating,
      aliases: next.aliases,
      path: next.path,
      deletedAt: next.deletedAt,
    },
  };
}

/**
 * Marks open conflicts resolved where the version an item now holds was made
 * from what its copy holds: the writers merged them on the other side.
 */
async function settleConflicts(deps: BundleDependencies, plan: BundlePlan): Promise<void> {
  const { state } = plan;
  const taken = new Set(
    [...plan.articles, ...plan.claims, ...plan.sources]
      .filter((planned) => planned.outcome.kind === 'take')
      .map((planned) => itemKey(planned.kind, planned.incoming.id)),
  );
  for (const entry of state.conflicts) {
    if (entry.resolved || !taken.has(itemKey(entry.kind, entry.originalId))) continue;
    const copy = await currentHash(deps, entry.kind, entry.copyId);
    if (copy !== null && (state.ancestry[itemKey(entry.kind, entry.originalId)] ?? []).includes(copy))
      entry.resolved = true;
  }
}

/** What each outcome does to one item. */
interface ItemActions<R> {
  add(): R;
  take(): R;
  /** Update the conflict copy `copyId` to the incoming version. */
  copy(copyId: string): R;
  conflict(): R;
  /** The incoming version is held already: only the ancestry joins. */
  recognise(): R;
}

function applyItem<T>(planned: PlannedItem<T>, actions: ItemActions<void>): void {
  const { outcome } = planned;
  if (outcome.kind === 'add') actions.add();
  else if (outcome.kind === 'take') actions.take();
  else if (outcome.kind === 'updateCopy') actions.copy(outcome.copyId);
  else if (outcome.kind === 'conflict') actions.conflict();
  else if (outcome.kind === 'identical' || outcome.kind === 'keep') actions.recognise();
}

async function applyItemAsync<T>(
  planned: PlannedItem<T>,
  actions: ItemActions<Promise<void>>,
): Promise<void> {
  const { outcome } = planned;
  if (outcome.kind === 'add') await actions.add();
  else if (outcome.kind === 'take') await actions.take();
  else if (outcome.kind === 'updateCopy') await actions.copy(outcome.copyId);
  else if (outcome.kind === 'conflict') await actions.conflict();
  else if (outcome.kind === 'identical' || outcome.kind === 'keep') await actions.recognise();
}
