import { useMemo, useSyncExternalStore } from 'react';
import type { DocumentSession } from './session.js';
import { useEditor } from './store.js';

/** The text of a session as an external store, read again `settleMs` after each change. */
function settledText(session: DocumentSession | null, settleMs: number) {
  let text = session?.doc.toString() ?? '';
  return {
    get: () => text,
    subscribe(notify: () => void): () => void {
      if (!session) return () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const off = session.subscribe((event) => {
        if (event.kind !== 'text') return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          text = session.doc.toString();
          notify();
        }, settleMs);
      });
      return () => {
        off();
        clearTimeout(timer);
      };
    },
  };
}

/**
 * The open article's text for a view that shows it whole (a comparison),
 * read from the document session `settleMs` after typing pauses: typing
 * never pays for turning the text into a string.
 */
export function useSessionText(settleMs: number): string {
  const session = useEditor((state) => state.session);
  const store = useMemo(() => settledText(session, settleMs), [session, settleMs]);
  return useSyncExternalStore(store.subscribe, store.get);
}
