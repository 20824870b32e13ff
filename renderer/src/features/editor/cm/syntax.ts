import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

/** Markdown syntax nodes whose text is code, a comment or raw HTML: no link or citation there. */
const CODE = new Set([
  'FencedCode',
  'CodeBlock',
  'InlineCode',
  'CodeText',
  'Comment',
  'CommentBlock',
  'HTMLBlock',
]);

/** Whether `pos` lies in code (fenced, indented or inline), a comment or an HTML block, by the markdown syntax tree. */
export function inCode(state: EditorState, pos: number): boolean {
  for (
    let node: ReturnType<typeof syntaxTree>['topNode'] | null = syntaxTree(state).resolveInner(pos, 1);
    node;
    node = node.parent
  ) {
    if (CODE.has(node.name)) return true;
  }
  return false;
}
