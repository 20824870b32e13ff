import type { SearchHit, SnippetSegment } from '../../core/search/index.js';
import type { SearchEngine } from '../backend/search/index.js';

/** Usage line of the search command. */
const SEARCH_USAGE =
  'usage: search QUERY [--limit N] [--json] [--explain]\n' +
  '  Words (all must match), "exact phrase", -word (exclude), a OR b, and filters\n' +
  '  tag: status: claim: category: source: before:YYYY-MM-DD after:YYYY-MM-DD in:title\n' +
  '  (a value with spaces needs no quotes when it names a tag, claim, category or source).\n' +
  '  Tone marks are optional; words typed next to each other rank articles holding them\n' +
  '  together first. --json prints [{"id","title","score","snippet"}] best first;\n' +
  '  --explain adds what each rank is made of ("rank" in JSON).';

/** What a command produced: exit code and the text for stdout and stderr. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A snippet as plain text, matched words marked «like this». */
export function markSnippet(segments: readonly SnippetSegment[]): string {
  return segments.map((segment) => (segment.match ? `«${segment.text}»` : segment.text)).join('');
}

/** Why a hit ranks where it does, in one line. */
function explainRank(rank: NonNullable<SearchHit['rank']>): string {
  return [
    `adjacency ${rank.proximity}`,
    `run of ${rank.run} word${rank.run === 1 ? '' : 's'}`,
    `${rank.meant} pair${rank.meant === 1 ? '' : 's'} in the spelling meant`,
    `${rank.agreement} word${rank.agreement === 1 ? '' : 's'} in the spelling meant`,
    `field ${rank.field}`,
    `relevance ${rank.relevance.toFixed(2)}`,
  ].join(', ');
}

const usage = (message: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `${message}\n${SEARCH_USAGE}\n`,
});

/**
 * `search QUERY [--limit N] [--json]` against `engine`. Every other argument,
 * including `-word` exclusions, is query text. Never throws for bad input:
 * usage errors exit 2; a query the parser had to reinterpret still answers,
 * with its notice on stderr.
 */
export function runSearchCommand(engine: SearchEngine, args: readonly string[]): CommandResult {
  const words: string[] = [];
  let limit = 20;
  let json = false;
  let explain = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { code: 0, stdout: `${SEARCH_USAGE}\n`, stderr: '' };
    if (arg === '--json') json = true;
    else if (arg === '--explain') explain = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 500)
        return usage('--limit needs a whole number from 1 to 500');
      limit = Number(value);
    } else if (arg.startsWith('--')) return usage(`unknown option ${arg}`);
    else words.push(arg);
  }
  const query = words.join(' ');
  if (query.trim() === '') return usage('a search query is required');
  const response = engine.search(query, { limit, explain });
  const stderr = response.notice === undefined ? '' : `${response.notice}\n`;
  const rows = response.hits.map((hit) => ({
    id: hit.id,
    title: hit.title,
    score: hit.score,
    snippet: markSnippet(hit.snippet),
    ...(hit.rank === undefined ? {} : { rank: hit.rank }),
  }));
  if (json) return { code: 0, stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr };
  const lines = rows.map(
    (row, index) =>
      `${index + 1}. ${row.title}  [${row.id}]\n    ${row.snippet}` +
      (row.rank === undefined ? '' : `\n    (${explainRank(row.rank)})`),
  );
  const suggestion =
    response.suggestions === undefined ? '' : `Did you mean: ${response.suggestions.join(' | ')}\n`;
  const summary = `${response.total} match${response.total === 1 ? '' : 'es'}\n`;
  return {
    code: 0,
    stdout: `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${summary}`,
    stderr: stderr + suggestion,
  };
}
