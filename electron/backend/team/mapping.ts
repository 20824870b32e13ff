import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  articleSchema,
  categorySchema,
  claimSchema,
  smartListSchema,
  sourceSchema,
  tagColorsSchema,
  type Article,
  type Category,
  type Claim,
  type SmartList,
  type Source,
  type TeamItemKind,
} from '../../../core/index.js';
import { articleHash, claimHash, sourceHash } from '../exchange/hash.js';

/** The id of the one document holding the tag colours. */
const TAG_COLORS_ID = 'tagColors';

/** The CouchDB document id of an item: `article:<id>`, …, or `tagColors`. */
export function docIdOf(kind: TeamItemKind, id: string): string {
  return kind === 'tagColors' ? TAG_COLORS_ID : `${kind}:${id}`;
}

/** The kind and item id a document id names, or null for a document that is not ours. */
export function parseDocId(docId: string): { kind: TeamItemKind; id: string } | null {
  if (docId === TAG_COLORS_ID) return { kind: 'tagColors', id: TAG_COLORS_ID };
  const match = /^(article|claim|source|category|smartList):([0-9a-z]{10,40}|category[a-z]+)$/.exec(docId);
  return match === null ? null : { kind: match[1] as TeamItemKind, id: match[2]! };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The version hash of a category. */
const categoryHash = (category: Category) =>
  sha(JSON.stringify(['category', category.id, category.name.vi, category.name.en, category.order]));
/** The version hash of the tag colour table (keys in order). */
const tagColorsHash = (colors: Record<string, string>) =>
  sha(JSON.stringify(['tagColors', Object.entries(colors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]));
/** The version hash of a smart list. */
const smartListHash = (list: SmartList) => sha(JSON.stringify(['smartList', list]));

/** One item of each kind as a team document carries it. */
export type TeamItem =
  | { kind: 'article'; item: Article }
  | { kind: 'claim'; item: Claim }
  | { kind: 'source'; item: Source }
  | { kind: 'category'; item: Category }
  | { kind: 'tagColors'; item: Record<string, string> }
  | { kind: 'smartList'; item: SmartList };

/** The hash of an item of any kind. */
export function hashOf(entry: TeamItem): string {
  switch (entry.kind) {
    case 'article':
      return articleHash(entry.item);
    case 'claim':
      return claimHash(entry.item);
    case 'source':
      return sourceHash(entry.item);
    case 'category':
      return categoryHash(entry.item);
    case 'tagColors':
      return tagColorsHash(entry.item);
    case 'smartList':
      return smartListHash(entry.item);
  }
}

/** What an item is called in a refusal. */
export function labelOfItem(entry: TeamItem): string {
  switch (entry.kind) {
    case 'article':
      return entry.item.title;
    case 'claim':
      return entry.item.statement;
    case 'source':
      return entry.item.key;
    case 'category':
      return entry.item.name.vi;
    case 'tagColors':
      return 'tag colours';
    case 'smartList':
      return entry.item.name;
  }
}

const hash = z.string().regex(/^[0-9a-f]{16,64}$/, 'not a version hash');
const envelope = z.object({
  kind: z.enum(['article', 'claim', 'source', 'category', 'tagColors', 'smartList']),
  item: z.unknown(),
  hash,
  ancestry: z.array(hash).max(10_000),
  copyOf: z
    .string()
    .regex(/^[0-9a-z]{10,40}$/)
    .optional(),
});

const itemSchemas = {
  article: articleSchema,
  claim: claimSchema,
  source: sourceSchema,
  category: categorySchema,
  tagColors: tagColorsSchema,
  smartList: smartListSchema,
} as const;

/** A server document read and checked: the item, its version and what it copies. */
export interface IncomingDoc {
  docId: string;
  rev: string;
  entry: TeamItem;
  hash: string;
  ancestry: string[];
  copyOf?: string;
}

/** Why a server document was refused here, with what is known of it. */
export interface RefusedDoc {
  docId: string;
  kind: TeamItemKind | 'unknown';
  label: string;
  reason: string;
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue === undefined ? 'invalid' : `${issue.path.join('.') || 'document'}: ${issue.message}`;
};

/**
 * Reads a server document with the workspace's own schemas (those bundles
 * are read with): the envelope, the item of its kind, its id matching the
 * document id, its hash matching its content. Anything else is refused
 * with the reason, and never written here.
 */
export function readDoc(doc: Record<string, unknown>): IncomingDoc | RefusedDoc {
  const docId = String(doc._id);
  const named = parseDocId(docId);
  const refuse = (reason: string, label = ''): RefusedDoc => ({
    docId,
    kind: named?.kind ?? 'unknown',
    label,
    reason,
  });
  if (named === null) return refuse('the document id is not one Rebuttal Desk writes');
  const parsed = envelope.safeParse(doc);
  if (!parsed.success) return refuse(firstIssue(parsed.error));
  if (parsed.data.kind !== named.kind) return refuse(`the document says it is a ${parsed.data.kind}`);
  const item = itemSchemas[named.kind].safeParse(parsed.data.item);
  const rawLabel = (parsed.data.item as { title?: unknown; statement?: unknown; key?: unknown } | null) ?? {};
  const label = [rawLabel.title, rawLabel.statement, rawLabel.key].find((v) => typeof v === 'string') ?? '';
  if (!item.success) return refuse(firstIssue(item.error), label as string);
  const entry = { kind: named.kind, item: item.data } as TeamItem;
  if (named.kind !== 'tagColors' && (entry.item as { id: string }).id !== named.id)
    return refuse('the item id does not match the document id', label as string);
  if (hashOf(entry) !== parsed.data.hash)
    return refuse('the item does not match its version hash', label as string);
  return {
    docId,
    rev: String(doc._rev),
    entry,
    hash: parsed.data.hash,
    ancestry: parsed.data.ancestry,
    ...(parsed.data.copyOf === undefined ? {} : { copyOf: parsed.data.copyOf }),
  };
}

/** The id of the conflict copy of `originalId` holding version `hash`: the same on every machine, so copies made twice meet as one. */
export function teamCopyId(kind: string, originalId: string, hash: string): string {
  return `c${sha(`${kind}:${originalId}:${hash}`).slice(0, 24)}`;
}
