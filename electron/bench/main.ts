import { ALL_BENCH_USAGE, runAllBench } from './all.js';
import { CRASH_BENCH_USAGE, runCrashBench } from './crash.js';
import { EXCHANGE_BENCH_USAGE, runExchangeBench } from './exchange.js';
import { GRAPH_BENCH_USAGE, runGraphBench } from './graph.js';
import { HISTORY_BENCH_USAGE, runHistoryBench } from './history.js';
import { LINKS_BENCH_USAGE, runLinksBench } from './links.js';
import { runSearchUiBench, SEARCH_UI_BENCH_USAGE } from './search-ui.js';
import { RENDERER_BENCH_USAGE, runRendererBench } from './renderer.js';
import { runSpellingBench, SPELLING_BENCH_USAGE } from './spelling.js';
import { runSearchBench, SEARCH_BENCH_USAGE } from './search.js';
import { runStoreBench, STORE_BENCH_USAGE } from './store.js';
import { runTeamBench, TEAM_BENCH_USAGE } from './team.js';
import { runWalkBench, WALK_BENCH_USAGE } from './walk.js';
import { runWordsBench, WORDS_BENCH_USAGE } from './words.js';

/** A benchmark: `npm run bench -- <name> [args]`. */
interface Benchmark {
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Every benchmark by name; add new ones here. */
const BENCHMARKS: Record<string, Benchmark> = {
  store: { usage: STORE_BENCH_USAGE, run: runStoreBench },
  search: { usage: SEARCH_BENCH_USAGE, run: runSearchBench },
  'search-ui': { usage: SEARCH_UI_BENCH_USAGE, run: runSearchUiBench },
  crash: { usage: CRASH_BENCH_USAGE, run: runCrashBench },
  history: { usage: HISTORY_BENCH_USAGE, run: runHistoryBench },
  links: { usage: LINKS_BENCH_USAGE, run: runLinksBench },
  graph: { usage: GRAPH_BENCH_USAGE, run: runGraphBench },
  renderer: { usage: RENDERER_BENCH_USAGE, run: runRendererBench },
  spelling: { usage: SPELLING_BENCH_USAGE, run: runSpellingBench },
  walk: { usage: WALK_BENCH_USAGE, run: runWalkBench },
  exchange: { usage: EXCHANGE_BENCH_USAGE, run: runExchangeBench },
  team: { usage: TEAM_BENCH_USAGE, run: runTeamBench },
  words: { usage: WORDS_BENCH_USAGE, run: runWordsBench },
  all: { usage: ALL_BENCH_USAGE, run: runAllBench },
};

function usage(): string {
  return ['usage: bench <name> [options]', '', ...Object.values(BENCHMARKS).map((bench) => bench.usage)].join(
    '\n',
  );
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') {
    console.log(usage());
    return 0;
  }
  const benchmark = name === undefined ? undefined : BENCHMARKS[name];
  if (benchmark === undefined) {
    console.error(name === undefined ? usage() : `unknown benchmark "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await benchmark.run(rest);
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(`bench ${name}: ${(error as Error).message}`);
    return code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
