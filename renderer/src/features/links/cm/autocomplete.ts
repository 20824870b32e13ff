import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { completionSource } from '../../editor/completions.js';
import { openLinkAt } from '../../../../../core/links/index.js';
import { linkTargetsField } from './targets-field.js';

/** Most suggestions listed at once. */
const LIMIT = 30;

/**
 * Completes the `[[…` being typed with article titles: the core matcher,
 * so `[[tham nhung` offers "Tham nhũng". Accepting inserts the title and
 * closes the link (`]]`) unless it is already closed.
 */
export function wikiLinkCompletions(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const open = openLinkAt(line.text, context.pos - line.from);
  const targets = context.state.field(linkTargetsField, false);
  if (open === null || !targets) return null;
  const closed = line.text.startsWith(']]', open.to);
  const options: Completion[] = targets.matcher.suggest(open.query, LIMIT, open.kind).map((suggestion) => {
    const completion: Completion = {
      label: suggestion.title,
      apply: closed ? suggestion.title : `${suggestion.title}]]`,
      type: suggestion.kind === 'claim' ? 'claim' : 'article',
    };
    if (suggestion.alias !== undefined) completion.detail = suggestion.alias;
    return completion;
  });
  if (options.length === 0) return null;
  return { from: line.from + open.from, to: context.pos, options, filter: false };
}

/** The `[[` autocomplete as an editor extension (opens as the writer types), beside the editor's other sources. */
export function wikiLinkAutocomplete(): Extension {
  return completionSource(wikiLinkCompletions);
}
