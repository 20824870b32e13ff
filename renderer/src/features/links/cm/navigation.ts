import type { EditorState, Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { parseLinks, type WikiLink } from '../../../../../core/links/index.js';

/** Called with the link the writer asked to follow. */
export type FollowLink = (link: WikiLink) => void;

/** The wiki-link covering `pos` (its brackets included), if any; links in code are not links. */
export function linkAt(state: EditorState, pos: number): WikiLink | null {
  return parseLinks(state.doc.toString()).find((link) => link.from <= pos && pos <= link.to) ?? null;
}

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Follows wiki-links from the editor: Ctrl+click (Cmd+click on macOS) on a
 * link, or Ctrl/Cmd+Enter with the cursor in one.
 */
export function wikiLinkNavigation(follow: FollowLink): Extension {
  return [
    EditorView.domEventHandlers({
      mousedown(event, view) {
        if (event.button !== 0 || !(isMac() ? event.metaKey : event.ctrlKey)) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        const link = pos === null ? null : linkAt(view.state, pos);
        if (!link) return false;
        event.preventDefault();
        follow(link);
        return true;
      },
    }),
    keymap.of([
      {
        key: 'Mod-Enter',
        run(view) {
          const link = linkAt(view.state, view.state.selection.main.head);
          if (!link) return false;
          follow(link);
          return true;
        },
      },
    ]),
  ];
}
