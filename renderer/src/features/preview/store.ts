import { create } from 'zustand';
import { countWords } from '../../../../core/text/words.js';
import { numberArticle } from '../citations/preview-citations.js';
import type { DocumentSession } from '../editor/session.js';
import { useEditor } from '../editor/store.js';
import { useSources } from '../sources/store.js';
import { renderMarkdown } from './markdown.js';
import { SectionRenderer, type Section } from './sections.js';

interface PreviewStore {
  /** The open article rendered, section by section. */
  sections: Section[];
  /** Words of the open article, counted as the list and the backend count them. */
  wordCount: number;
}

/** The preview and word count of the open article, derived from its document session. */
export const usePreview = create<PreviewStore>()(() => ({ sections: [], wordCount: 0 }));

/** The preview follows typing after this pause; longer for long texts. */
const refreshDelay = (length: number): number => (length < 200_000 ? 40 : 300);

/**
 * Keeps the preview in step with the open article: renders its sections
 * when an article opens, shortly after its text changes (typed, or
 * rewritten by the backend), and when the source library changes what
 * citations render as. Returns the function that stops following.
 */
export function followDocument(): () => void {
  let session: DocumentSession | null = null;
  let renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let off: () => void = () => undefined;

  const refresh = (): void => {
    clearTimeout(timer);
    if (!session) return usePreview.setState({ sections: [], wordCount: 0 });
    const sections = renderer.sections(session.doc.toString());
    usePreview.setState({ sections, wordCount: sections.reduce((sum, section) => sum + section.words, 0) });
  };

  const follow = (next: DocumentSession | null): void => {
    off();
    session = next;
    renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
    refresh();
    off =
      next?.subscribe((event) => {
        if (event.kind !== 'text') return;
        clearTimeout(timer);
        timer = setTimeout(refresh, event.fromDisk ? 0 : refreshDelay(event.state.doc.length));
      }) ?? (() => undefined);
  };

  follow(useEditor.getState().session);
  const offEditor = useEditor.subscribe((state, previous) => {
    if (state.session !== previous.session) follow(state.session);
  });
  const offSources = useSources.subscribe((state, previous) => {
    if (state.sources !== previous.sources) refresh();
  });
  return () => {
    off();
    offEditor();
    offSources();
    clearTimeout(timer);
  };
}
