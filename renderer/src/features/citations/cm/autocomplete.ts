import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { completionSource } from '../../editor/completions.js';
import { fold } from '../../../../../core/text/fold.js';
import { citationSourcesField } from './sources-field.js';

/** Most suggestions listed at once. */
const LIMIT = 30;

/** `[@ke`, `[xem @ke`, `[@a; @ke`: an open citation whose last key is being typed, up to the cursor. */
const OPEN_CITATION = /\[[^[\]\n]*?-?@([^@;,[\]\n]*)$/u;

/**
 * Completes the key of the `[@…` being typed from the source library,
 * matching keys and titles without regard to case or tone marks
 * (`[@tong cuc` finds "Tổng cục Thống kê"). Keys that start with the query
 * come first; accepting inserts the key and closes the bracket when it is open.
 */
export function citationCompletions(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const match = OPEN_CITATION.exec(before);
  if (match === null) return null;
  const typed = match[1] ?? '';
  const query = fold(typed);
  const words = query.split(/\s+/).filter(Boolean);
  const closed = /^[^[\n]*\]/.test(line.text.slice(context.pos - line.from));
  const ranked = context.state
    .field(citationSourcesField, false)
    ?.map((source) => {
      const key = fold(source.key);
      const haystack = `${key} ${fold(source.title)}`;
      if (!words.every((word) => haystack.includes(word))) return null;
      return { source, rank: key.startsWith(query) ? 0 : key.includes(query) ? 1 : 2 };
    })
    .filter((entry) => entry !== null)
    .sort((a, b) => a.rank - b.rank || a.source.key.localeCompare(b.source.key))
    .slice(0, LIMIT);
  if (!ranked || ranked.length === 0) return null;
  const options: Completion[] = ranked.map(({ source }) => ({
    label: source.key,
    detail: source.title,
    apply: closed ? source.key : `${source.key}]`,
    type: 'citation',
  }));
  return { from: context.pos - typed.length, to: context.pos, options, filter: false };
}

/** The citation autocomplete, one of the editor's completion sources. */
export const citationAutocomplete: Extension = completionSource(citationCompletions);
