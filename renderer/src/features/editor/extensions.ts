import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { nfcInput } from './cm/nfc.js';

/** Markdown highlighting in the app's palette (CSS variables, so it follows light/dark). */
const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.35em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.2em', fontWeight: '700' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)' },
  { tag: tags.quote, color: 'var(--text-muted)', fontStyle: 'italic' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', color: 'var(--code)' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--text-faint)' },
  { tag: tags.list, color: 'var(--text)' },
]);

/** The nonce the page's CSP gives its `<style>` elements (a meta element of the page; none outside a page). */
function pageStyleNonce(): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector('meta[name="style-nonce"]')?.getAttribute('content') ?? '';
}

/**
 * CodeMirror's own words (the find and replace panel, go to line, the
 * completion list) by their English text, with the key of their translation
 * under `editor.phrases`.
 */
export const EDITOR_PHRASES = {
  Find: 'find',
  Replace: 'replaceWith',
  next: 'next',
  previous: 'previous',
  all: 'all',
  'match case': 'matchCase',
  regexp: 'regexp',
  'by word': 'byWord',
  replace: 'replace',
  'replace all': 'replaceAll',
  close: 'close',
  'current match': 'currentMatch',
  'on line': 'onLine',
  'replaced $ matches': 'replacedMatches',
  'replaced match on line $': 'replacedOnLine',
  'Go to line': 'goToLine',
  go: 'go',
  Completions: 'completions',
  'Control character': 'controlCharacter',
} as const;

/**
 * The editor's words in the UI language: its accessible name, the hint shown
 * when empty, and CodeMirror's own words (`phrases`, by their English text).
 */
export function labelExtensions(
  label: string,
  hint: string,
  phrases: Readonly<Record<string, string>> = {},
): Extension[] {
  return [
    EditorState.phrases.of(phrases),
    placeholder(hint),
    EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'false', lang: 'vi' }),
  ];
}

/** Holds {@link labelExtensions}; a view reconfigures it when the UI language changes. */
export const editorLabels = new Compartment();

/**
 * What the article editor is made of: markdown with YAML front matter,
 * wrapping, history, search, and its labels (in a compartment, empty until
 * a view sets them). Text changes reach the autosave through the document
 * session, not through the view.
 */
export function editorExtensions(): Extension[] {
  return [
    // The page's CSP admits no inline style but CodeMirror's own <style> elements, tagged with its nonce.
    EditorView.cspNonce.of(pageStyleNonce()),
    editorLabels.of([]),
    nfcInput(),
    // A leading `---` block (as Obsidian vaults have) is YAML, not a rule and a heading.
    yamlFrontmatter({ content: markdown() }),
    syntaxHighlighting(markdownHighlight),
    EditorView.lineWrapping,
    history(),
    drawSelection(),
    highlightSelectionMatches(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
  ];
}
