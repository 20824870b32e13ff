import { parse, stringify } from 'yaml';

/** What an imported file's YAML front matter gives. */
export interface FrontMatter {
  tags: string[];
  aliases: string[];
  /** The text to keep as the body: after the front matter, with the keys that did not map kept in front. */
  body: string;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MAPPED = new Set(['tags', 'tag', 'aliases', 'alias']);

/** A YAML value as a list of non-empty strings: one string, a comma list, or a list of scalars. */
function strings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  return items
    .filter((item) => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).normalize('NFC').trim())
    .filter((item) => item !== '');
}

/**
 * Splits the YAML front matter off a Markdown file: `tags`/`tag` become
 * tags (without a leading `#`), `aliases`/`alias` become aliases, any other
 * key is kept in a front matter block at the top of the body. Front matter
 * that is not valid YAML, or not a mapping, is left in the body as written.
 */
export function readFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (match === null) return { tags: [], aliases: [], body: text };
  let data: unknown;
  try {
    data = parse(match[1]!, { prettyErrors: false });
  } catch {
    return { tags: [], aliases: [], body: text };
  }
  if (data === null || data === undefined)
    return { tags: [], aliases: [], body: text.slice(match[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) return { tags: [], aliases: [], body: text };
  const record = data as Record<string, unknown>;
  const tags = [
    ...new Set([...strings(record.tags), ...strings(record.tag)].map((tag) => tag.replace(/^#/, ''))),
  ];
  const aliases = [...new Set([...strings(record.aliases), ...strings(record.alias)])];
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !MAPPED.has(key)));
  const after = text.slice(match[0].length);
  const body = Object.keys(rest).length === 0 ? after : `---\n${stringify(rest)}---\n${after}`;
  return { tags: tags.filter((tag) => tag !== ''), aliases, body };
}
