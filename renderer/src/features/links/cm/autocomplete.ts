import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import i18next from 'i18next';
import { completionSource } from '../../editor/completions.js';
import { claimLinkTarget, openLinkAt, type Suggestion } from '../../../../../core/links/index.js';
import { linkTargetsField } from './targets-field.js';

/** Most suggestions listed at once. */
const LIMIT = 30;

/**
 * What accepting a suggestion writes after `[[` (or after `[[claim:` when
 * `prefixed`): an article's title, or a claim's statement (its id when the
 * statement cannot be written in a link) behind `claim:`.
 */
function insertion(suggestion: Suggestion, prefixed: boolean): string {
  if (suggestion.kind === 'article') return suggestion.title;
  const target = claimLinkTarget({ id: suggestion.id, statement: suggestion.title });
  return prefixed ? target : `claim:${target}`;
}

/**
 * Completes the `[[…` being typed: after `[[` with article titles and claim
 * statements, after `[[claim:` with claim statements only; the core matcher,
 * so `[[tham nhung` offers "Tham nhũng". Accepting inserts the title (or
 * `claim:` and the statement) and closes the link (`]]`) unless it is
 * already closed.
 */
export function wikiLinkCompletions(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const open = openLinkAt(line.text, context.pos - line.from);
  const targets = context.state.field(linkTargetsField, false);
  if (open === null || !targets) return null;
  const closed = line.text.startsWith(']]', open.to);
  const kind = open.kind === 'claim' ? 'claim' : undefined;
  const options: Completion[] = targets.matcher.suggest(open.query, LIMIT, kind).map((suggestion) => {
    const text = insertion(suggestion, open.kind === 'claim');
    const completion: Completion = {
      label: suggestion.title,
      apply: closed ? text : `${text}]]`,
      type: suggestion.kind === 'claim' ? 'claim' : 'article',
    };
    if (suggestion.alias !== undefined) completion.detail = suggestion.alias;
    else if (suggestion.kind === 'claim') completion.detail = i18next.t('links.claimKind');
    return completion;
  });
  if (options.length === 0) return null;
  return { from: line.from + open.from, to: context.pos, options, filter: false };
}

/** The `[[` autocomplete as an editor extension (opens as the writer types), beside the editor's other sources. */
export function wikiLinkAutocomplete(): Extension {
  return completionSource(wikiLinkCompletions);
}
