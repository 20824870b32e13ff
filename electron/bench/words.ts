import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { countWords } from '../../core/index.js';
import { readJsonlArticles } from '../cli/jsonl.js';
import { quantile, round2 } from './stats.js';

/** Usage of the word-count benchmark. */
export const WORDS_BENCH_USAGE =
  'usage: bench words --corpus FILE [--runs N] [--json OUT]\n' +
  '  Counts the words of a 20,000-word article and of a 5 MB text built from the corpus, N times\n' +
  '  each (default 30), with the word counter and with Intl.Segmenter as the baseline (p50/p95 ms).';

/** Real articles joined by blank lines until the text holds `words` words or `chars` characters. */
function buildText(
  bodies: readonly string[],
  until: (text: string[], words: number, chars: number) => boolean,
) {
  const parts: string[] = [];
  let words = 0;
  let chars = 0;
  for (let i = 0; !until(parts, words, chars); i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    words += countWords(body);
    chars += body.length + 2;
  }
  return parts.join('\n\n');
}

function countBySegmenter(text: string): number {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });
  let count = 0;
  // V8's segmenter slows down quadratically with length: one paragraph at a time.
  for (const paragraph of text.split('\n'))
    for (const s of segmenter.segment(paragraph)) if (s.isWordLike) count++;
  return count;
}

function time(runs: number, count: (text: string) => number, text: string) {
  const times: number[] = [];
  let words = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    words = count(text);
    times.push(performance.now() - started);
  }
  return { words, p50Ms: round2(quantile(times, 0.5)), p95Ms: round2(quantile(times, 0.95)) };
}

/** Runs the word-count benchmark and prints its figures. */
export async function runWordsBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      runs: { type: 'string', default: '30' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (values.help === true || values.corpus === undefined || !Number.isInteger(runs) || runs < 1) {
    console.log(WORDS_BENCH_USAGE);
    return values.help === true ? 0 : 2;
  }
  const { articles } = await readJsonlArticles(values.corpus, 2_000);
  const bodies = articles.map((article) => article.body ?? '');
  const article = buildText(bodies, (_, words) => words >= 20_000);
  const large = buildText(bodies, (_, __, chars) => chars >= 5 * 2 ** 20);
  const figures = {
    article: { chars: article.length, counter: time(runs, countWords, article) },
    large: { chars: large.length, counter: time(Math.max(3, Math.ceil(runs / 10)), countWords, large) },
    baseline: {
      article: time(runs, countBySegmenter, article),
      large: time(Math.max(3, Math.ceil(runs / 10)), countBySegmenter, large),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
