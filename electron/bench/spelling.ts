import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nspell from 'nspell';
import { countWords } from '../../core/index.js';
import { dictionaryWords, SpellingEngine, spellingTokens } from '../../core/spelling/index.js';
import { quantile, round2 } from './stats.js';

/** Usage of the spelling benchmark. */
export const SPELLING_BENCH_USAGE =
  'usage: bench spelling --corpus FILE [--words N] [--json OUT]\n' +
  '  Builds the checker the spelling worker builds (Vietnamese and English Hunspell dictionaries), then\n' +
  '  checks a whole article of N corpus words (default 20000) as the worker would: the words found, each\n' +
  '  judged cold and again warm, and suggestions for the words it flags.';

/** What the spelling benchmark reports. */
interface SpellingFigures {
  words: number;
  /** Words handed to the checker (markup, numbers and abbreviations left out). */
  checkedWords: number;
  distinctWords: number;
  flagged: number;
  /** Reading both dictionaries into checkers, once per worker. */
  buildMs: number;
  /** Finding the checkable words of the whole article. */
  tokensMs: number;
  /** Judging every word of the article with an empty memory of results. */
  checkColdMs: number;
  /** The same again: what a re-check after an edit costs. */
  checkWarmMs: number;
  /** Suggestions for one flagged word, p50 and p95 over at most 50 flagged words. */
  suggestP50Ms: number;
  suggestP95Ms: number;
  machine: { cpus: number; loadAverage: number[] };
  date: string;
}

/** The text of a Hunspell dictionary package's files, found where Node resolves the package. */
async function dictionary(name: string): Promise<{ aff: string; dic: string }> {
  const dir = path.dirname(createRequire(import.meta.url).resolve(name));
  const [aff, dic] = await Promise.all([
    readFile(path.join(dir, 'index.aff'), 'utf8'),
    readFile(path.join(dir, 'index.dic'), 'utf8'),
  ]);
  return { aff, dic };
}

/** Corpus bodies joined until they hold `words` words. */
async function articleOf(corpus: string, words: number): Promise<string> {
  const parts: string[] = [];
  let count = 0;
  for (const line of (await readFile(corpus, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { title?: string; body?: string };
    const part = `## ${row.title ?? ''}\n\n${row.body ?? ''}`;
    parts.push(part);
    count += countWords(part);
    if (count >= words) break;
  }
  return parts.join('\n\n');
}

/** Checks a corpus article of `words` words the way the spelling worker does and answers the timings. */
async function benchSpelling(options: { corpus: string; words: number }): Promise<SpellingFigures> {
  const text = await articleOf(options.corpus, options.words);
  const [vi, en] = await Promise.all([dictionary('dictionary-vi'), dictionary('dictionary-en')]);

  let started = performance.now();
  const engine = new SpellingEngine({
    vietnamese: nspell(vi.aff, vi.dic),
    vietnameseWords: dictionaryWords(vi.dic),
    english: nspell(en.aff, en.dic),
    englishWords: dictionaryWords(en.dic),
  });
  const buildMs = performance.now() - started;

  started = performance.now();
  const tokens = spellingTokens(text);
  const tokensMs = performance.now() - started;

  const judge = () => tokens.filter((token) => !engine.check(token.word));
  started = performance.now();
  const flaggedTokens = judge();
  const checkColdMs = performance.now() - started;
  started = performance.now();
  judge();
  const checkWarmMs = performance.now() - started;

  const flagged = [...new Set(flaggedTokens.map((token) => token.word))];
  const suggestTimes: number[] = [];
  for (const word of flagged.slice(0, 50)) {
    started = performance.now();
    engine.suggest(word);
    suggestTimes.push(performance.now() - started);
  }
  return {
    words: countWords(text),
    checkedWords: tokens.length,
    distinctWords: new Set(tokens.map((token) => token.word)).size,
    flagged: flaggedTokens.length,
    buildMs: round2(buildMs),
    tokensMs: round2(tokensMs),
    checkColdMs: round2(checkColdMs),
    checkWarmMs: round2(checkWarmMs),
    suggestP50Ms: round2(quantile(suggestTimes, 0.5)),
    suggestP95Ms: round2(quantile(suggestTimes, 0.95)),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round2) },
    date: new Date().toISOString(),
  };
}

/** `bench spelling …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runSpellingBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      words: { type: 'string', default: '20000' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(SPELLING_BENCH_USAGE);
    return 0;
  }
  const words = Number(values.words);
  if (values.corpus === undefined || !Number.isInteger(words) || words < 1) {
    console.error(SPELLING_BENCH_USAGE);
    return 2;
  }
  const figures = await benchSpelling({ corpus: values.corpus, words });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
