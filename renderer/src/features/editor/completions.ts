import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { Facet, type Extension } from '@codemirror/state';

/** A synchronous completion source of the editor (wiki-links, citations, …). */
export type EditorCompletionSource = (context: CompletionContext) => CompletionResult | null;

/** The editor's completion sources; the first that answers wins. */
export const editorCompletionSources = Facet.define<EditorCompletionSource>();

const firstAnswer = (context: CompletionContext): CompletionResult | null => {
  for (const source of context.state.facet(editorCompletionSources)) {
    const result = source(context);
    if (result !== null) return result;
  }
  return null;
};

/**
 * The editor's one autocomplete, fed by every feature's source through
 * {@link editorCompletionSources}: a single source to CodeMirror, so adding
 * a feature changes neither the timing nor the keys of the others.
 */
const editorAutocomplete: Extension = autocompletion({
  override: [firstAnswer],
  activateOnTyping: true,
  icons: false,
});

/** Adds a completion source to the editor's autocomplete. */
export function completionSource(source: EditorCompletionSource): Extension {
  return [editorAutocomplete, editorCompletionSources.of(source)];
}
