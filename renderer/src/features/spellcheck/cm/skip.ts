import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

/** Syntax nodes whose text is never prose: code, addresses, HTML, comments, front matter. */
const NOT_PROSE = new Set([
  'Frontmatter',
  'InlineCode',
  'FencedCode',
  'CodeBlock',
  'URL',
  'Autolink',
  'HTMLTag',
  'HTMLBlock',
  'CommentBlock',
  'Comment',
  'ProcessingInstruction',
  'ProcessingInstructionBlock',
  'LinkLabel',
]);

/** The ranges of `from`–`to` that the parsed document says are not prose, in order, relative to `from`. */
export function syntaxSkips(
  state: EditorState,
  from: number,
  to: number,
): Array<{ from: number; to: number }> {
  const skips: Array<{ from: number; to: number }> = [];
  syntaxTree(state).iterate({
    from,
    to,
    enter(node) {
      if (!NOT_PROSE.has(node.name)) return undefined;
      skips.push({ from: Math.max(node.from, from) - from, to: Math.min(node.to, to) - from });
      return false;
    },
  });
  return skips.sort((a, b) => a.from - b.from);
}
