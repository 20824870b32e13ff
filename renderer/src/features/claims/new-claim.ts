import { create } from 'zustand';

interface NewClaimStore {
  open: boolean;
  /** The statement the form starts with (a broken `[[claim:…]]` link names it), or ''. */
  statement: string;
  start(statement?: string): void;
  stop(): void;
}

/** Whether the new-claim form is open (the claims view's button, the palette's command and a broken claim link open it). */
export const useNewClaim = create<NewClaimStore>()((set) => ({
  open: false,
  statement: '',
  start: (statement = '') => set({ open: true, statement }),
  stop: () => set({ open: false, statement: '' }),
}));
