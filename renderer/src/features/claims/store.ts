import { create } from 'zustand';
import type { Category, Claim } from '../../../../core/claims/index.js';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { ClaimDetail } from '../../../../core/model/catalog.js';
import type { Backlink } from '../../../../core/model/links.js';
import { call, errorMessage } from '../../api/index.js';

/** The channels that edit the taxonomy. */
type CategoryChannel =
  | 'categories:add'
  | 'categories:rename'
  | 'categories:reorder'
  | 'categories:merge'
  | 'categories:delete';

/** The fields a claim form sends. */
export type ClaimDraft = RequestInput<'claims:create'>;

interface ClaimsStore {
  claims: Claim[];
  categories: Category[];
  loaded: boolean;
  error: string | null;
  /** The claim page's content, when one is open. */
  detail: ClaimDetail | null;
  /** The links in articles that point at the open claim (`[[claim:…]]`). */
  linkedFrom: { id: string; links: Backlink[] } | null;
  load(): Promise<void>;
  create(draft: ClaimDraft): Promise<Claim>;
  update(request: RequestInput<'claims:update'>): Promise<Claim>;
  /** Deletes a claim; `force` also removes it from the articles answering it. Answers the unlinked article ids. */
  remove(id: string, force: boolean): Promise<string[]>;
  /** Loads the page of one claim. */
  open(id: string): Promise<void>;
  /** Loads the links pointing at claim `id`, for its page. */
  loadLinkedFrom(id: string): Promise<void>;
  /** Takes a claim the backend changed (a rename, an undo) into the list and the open page. */
  received(claim: Claim): void;
  /** Runs a taxonomy edit; every category channel answers the whole taxonomy. Claims are reloaded (a delete or merge moves them). */
  categoryAction<C extends CategoryChannel>(channel: C, request: RequestInput<C>): Promise<void>;
}

/** The claims and their taxonomy, as the claims view, the picker and the filters show them. */
export const useClaims = create<ClaimsStore>()((set, get) => ({
  claims: [],
  categories: [],
  loaded: false,
  error: null,
  detail: null,
  linkedFrom: null,
  async load() {
    try {
      const [claims, categories] = await Promise.all([call('claims:list', {}), call('categories:list', {})]);
      set({ claims, categories, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async create(draft) {
    const claim = await call('claims:create', draft);
    set((state) => ({ claims: [...state.claims, claim] }));
    return claim;
  },
  async update(request) {
    const claim = await call('claims:update', request);
    get().received(claim);
    return claim;
  },
  async remove(id, force) {
    const { unlinkedArticleIds } = await call('claims:delete', { id, force });
    set((state) => ({
      claims: state.claims.filter((claim) => claim.id !== id),
      detail: state.detail?.claim.id === id ? null : state.detail,
    }));
    return unlinkedArticleIds;
  },
  async open(id) {
    set({ detail: get().detail?.claim.id === id ? get().detail : null });
    const detail = await call('claims:get', { id });
    set((state) => ({
      detail,
      claims: state.claims.map((item) => (item.id === id ? detail.claim : item)),
    }));
  },
  async loadLinkedFrom(id) {
    const links = await call('links:forClaim', { id });
    set({ linkedFrom: { id, links } });
  },
  received(claim) {
    set((state) => ({
      claims: state.claims.map((item) => (item.id === claim.id ? claim : item)),
      detail: state.detail?.claim.id === claim.id ? { ...state.detail, claim } : state.detail,
    }));
  },
  async categoryAction(channel, request) {
    const categories = await call(channel, request);
    set({ categories, claims: await call('claims:list', {}) });
  },
}));
