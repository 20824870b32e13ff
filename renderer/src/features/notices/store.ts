import { create } from 'zustand';

/** A short message shown at the bottom of the window, with at most one action. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** Already translated text. */
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
}

interface NoticeStore {
  notices: Notice[];
  /** Shows a notice; info notices go away by themselves after `ttl` ms. */
  push(notice: Omit<Notice, 'id'>, ttl?: number): number;
  dismiss(id: number): void;
}

let nextId = 1;

/** The notices on screen (undo after trash, failed settings, …). */
export const useNotices = create<NoticeStore>()((set, get) => ({
  notices: [],
  push(notice, ttl = 8000) {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices.slice(-2), { ...notice, id }] }));
    if (notice.kind === 'info') setTimeout(() => get().dismiss(id), ttl);
    return id;
  },
  dismiss(id) {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
}));
