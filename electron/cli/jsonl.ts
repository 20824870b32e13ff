import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MAX_BODY, MAX_TITLE } from '../../core/index.js';
import type { NewArticle } from '../backend/index.js';

/** A line of a JSONL file that is not an importable article. */
interface BadLine {
  line: number;
  reason: string;
}

/** The articles read from a JSONL file, and the lines that were not articles. */
export interface JsonlArticles {
  articles: NewArticle[];
  bad: BadLine[];
}

function toArticle(text: string): NewArticle | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { title, body } = value as Record<string, unknown>;
  if (typeof title !== 'string') return '"title" must be a string';
  if (typeof body !== 'string') return '"body" must be a string';
  if (title.length > MAX_TITLE) return `"title" is longer than ${MAX_TITLE} characters`;
  if (body.length > MAX_BODY) return `"body" is longer than ${MAX_BODY} characters`;
  return { title, body };
}

/**
 * Reads articles (`{"title","body",...}` per line) from a JSONL file, up to
 * `limit` good ones; blank lines are skipped, other lines that are not
 * articles are reported with their line number.
 */
export async function readJsonlArticles(file: string, limit = Infinity): Promise<JsonlArticles> {
  const result: JsonlArticles = { articles: [], bad: [] };
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const raw of lines) {
      number += 1;
      const text = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      const article = toArticle(text);
      if (typeof article === 'string') result.bad.push({ line: number, reason: article });
      else result.articles.push(article);
      if (result.articles.length >= limit) break;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return result;
}
