import type { NewArticle } from '../backend/index.js';
import { readJsonlArticles } from '../cli/jsonl.js';

/**
 * The title of copy `round` of a corpus article when the corpus is repeated
 * to reach more articles than it holds: the first copy keeps its title, the
 * next ones start with "Kỳ 2: ", "Kỳ 3: "… so every title stays distinct
 * and the first words of a title (what the search benchmark types) differ
 * from copy to copy.
 */
export function variedTitle(title: string, round: number): string {
  return round === 0 ? title : `Kỳ ${round + 1}: ${title}`;
}

/**
 * `count` articles from a JSONL corpus of `{"title","body",…}` lines, the
 * corpus repeated (with {@link variedTitle}) when it holds fewer.
 */
export async function corpusArticles(
  file: string,
  count: number,
): Promise<Required<Pick<NewArticle, 'title' | 'body'>>[]> {
  const { articles } = await readJsonlArticles(file, count);
  if (articles.length === 0) throw new Error(`${file} holds no articles`);
  return Array.from({ length: count }, (_, i) => {
    const { title = '', body = '' } = articles[i % articles.length]!;
    return { title: variedTitle(title, Math.floor(i / articles.length)), body };
  });
}
