import type { RenameOutcome } from '../../../../core/model/links.js';

/** What the editor tells the rest of the window; other features subscribe instead of being called. */
export interface EditorEvents {
  /** An article was opened on the writer's request: screens laid over the editor give way. */
  opened: { id: string };
  /** A save replaced a text changed elsewhere; the backend kept that text as a revision. */
  conflict: { articleId: string; title: string; revisionId: string };
  /** The open article's title was stored by a rename that rewrote the links to it. */
  renamed: { articleId: string; outcome: RenameOutcome };
}

type Listener<K extends keyof EditorEvents> = (event: EditorEvents[K]) => void;

const listeners: { [K in keyof EditorEvents]: Set<Listener<K>> } = {
  opened: new Set(),
  conflict: new Set(),
  renamed: new Set(),
};

/** Subscribes to one editor event; returns the unsubscribe function. */
export function onEditorEvent<K extends keyof EditorEvents>(kind: K, listener: Listener<K>): () => void {
  listeners[kind].add(listener);
  return () => listeners[kind].delete(listener);
}

/** Publishes an editor event to its subscribers. */
export function emitEditorEvent<K extends keyof EditorEvents>(kind: K, event: EditorEvents[K]): void {
  for (const listener of [...listeners[kind]]) listener(event);
}
