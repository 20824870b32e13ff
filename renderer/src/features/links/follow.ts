import i18next from 'i18next';
import { create } from 'zustand';
import { parseLinks, type WikiLink } from '../../../../core/links/index.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';
import { useCatalogView } from '../catalog/views.js';
import { useNewClaim } from '../claims/new-claim.js';
import { useLinkTargets, type LinkTargets } from './targets.js';

/** A link that did not lead to exactly one article or claim: the writer chooses what to do. */
export type LinkQuestion =
  | { kind: 'broken'; link: WikiLink }
  | { kind: 'ambiguous'; link: WikiLink; candidates: Array<{ id: string; title: string }> };

interface FollowStore {
  question: LinkQuestion | null;
  /** Follows a link of the open article: opens its target, or asks about a broken or ambiguous one. */
  follow(link: WikiLink): Promise<void>;
  /** Follows the link a preview anchor holds (`data-wikilink`). */
  followReference(reference: string): Promise<void>;
  /** Creates the article a broken link names and opens it; for a claim link, opens the new-claim form with its statement. */
  createTarget(): Promise<void>;
  /** Opens one candidate of an ambiguous link (an article, or a claim's page). */
  choose(id: string): Promise<void>;
  dismiss(): void;
}

const fail = (error: unknown): void => {
  useNotices
    .getState()
    .push({ kind: 'error', message: i18next.t('links.followFailed', { reason: errorMessage(error) }) });
};

/** What an ambiguous link's candidates are called: article titles, or claim statements. */
function candidateTitle(targets: LinkTargets, link: WikiLink, id: string): string {
  if (link.kind === 'claim') return targets.claims.get(id)?.statement ?? id;
  return targets.byId.get(id)?.title ?? id;
}

/** Opens a claim's page over the list and the article. */
function openClaim(id: string): void {
  useCatalogView.getState().show({ kind: 'claim', id });
}

/** Following wiki-links from the editor and the preview, and the question a broken or ambiguous one raises. */
export const useFollow = create<FollowStore>()((set, get) => ({
  question: null,
  async follow(link) {
    const targets = useLinkTargets.getState().targets;
    const sourceId = useEditor.getState().article?.id;
    const resolution = targets.resolver.resolve(link, sourceId);
    if (resolution.status === 'resolved' && link.kind === 'claim') {
      openClaim(resolution.id);
    } else if (resolution.status === 'resolved') {
      if (resolution.id !== sourceId) await useEditor.getState().open(resolution.id);
    } else if (resolution.status === 'ambiguous') {
      const candidates = resolution.candidates.map((id) => ({
        id,
        title: candidateTitle(targets, link, id),
      }));
      set({ question: { kind: 'ambiguous', link, candidates } });
    } else {
      set({ question: { kind: 'broken', link } });
    }
  },
  async followReference(reference) {
    const link = parseLinks(`[[${reference}]]`)[0];
    if (link) await get().follow(link);
  },
  async createTarget() {
    const question = get().question;
    if (question?.kind !== 'broken') return;
    set({ question: null });
    if (question.link.kind === 'claim') {
      useCatalogView.getState().show({ kind: 'claims' });
      useNewClaim.getState().start(question.link.target);
      return;
    }
    if (!(await useEditor.getState().flush())) return;
    try {
      const title = question.link.target.split('/').pop()!.trim();
      const article = await call('articles:create', { title });
      if (useLibrary.getState().scope === 'active') useLibrary.getState().upsert(article);
      await useEditor.getState().open(article.id);
    } catch (error) {
      fail(error);
    }
  },
  async choose(id) {
    const question = get().question;
    set({ question: null });
    if (question?.link.kind === 'claim') openClaim(id);
    else await useEditor.getState().open(id);
  },
  dismiss() {
    set({ question: null });
  },
}));
