import {
  Annotation,
  ChangeSet,
  EditorState,
  Transaction,
  type Extension,
  type Text,
  type TransactionSpec,
} from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { changeBetween } from './text-change.js';

/** Marks a transaction that brings in text the backend wrote (not the writer's typing). */
export const fromDisk = Annotation.define<boolean>();

/** What a session tells its listeners. */
export type SessionEvent =
  | { kind: 'text'; state: EditorState; fromDisk: boolean }
  | { kind: 'title'; title: string; fromDisk: boolean };

/**
 * A point in the session's history: the text and title as they were, and
 * every change of the text made since. The backend-change path takes one
 * after saving, so it can put the backend's new text under whatever the
 * writer typed in the meantime.
 */
export interface SessionMark {
  doc: Text;
  title: string;
  /** Changes of the text since the mark, composed; starts empty. */
  changes: ChangeSet;
  titleChanged: boolean;
}

/**
 * The one owner of the open article's text: CodeMirror's `EditorState`
 * (text, selection, undo history) and the title. Views attach to it and
 * detach from it; a view that goes away (a view-mode switch, a re-render)
 * leaves the state here, and the next view starts from it. Nothing else
 * holds a copy of the text: the preview, the word count, the autosave and
 * the crash journal derive from the events it publishes.
 */
export class DocumentSession {
  private current: EditorState;
  private view: EditorView | null = null;
  private titleValue: string;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly marks = new Set<SessionMark>();
  private closed = false;

  constructor(
    /** The article this session edits. */
    readonly id: string,
    text: { title: string; body: string },
    extensions: Extension,
  ) {
    this.titleValue = text.title;
    this.current = EditorState.create({ doc: text.body, extensions });
  }

  /** The editor state: the text, the selection and the undo history. */
  get state(): EditorState {
    return this.current;
  }

  /** The text, as CodeMirror's rope (`toString()` costs its length: call it only when needed). */
  get doc(): Text {
    return this.current.doc;
  }

  get title(): string {
    return this.titleValue;
  }

  /** The view attached now, if any. */
  get attached(): EditorView | null {
    return this.view;
  }

  /** Calls `listener` on every change of the text or title; returns the unsubscribe function. */
  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Shows the session in a new editor view under `parent`. One view at a
   * time: attaching again detaches the previous view first.
   */
  attach(parent: HTMLElement): EditorView {
    if (this.closed) throw new Error('The document session is closed.');
    if (this.view) this.detach(this.view);
    const view = new EditorView({
      state: this.current,
      parent,
      dispatchTransactions: (transactions, target) => {
        target.update(transactions);
        if (this.view === target) this.settle(transactions, target.state);
      },
    });
    this.view = view;
    return view;
  }

  /** Takes the view's state back and destroys the view; a view that is no longer attached is only destroyed. */
  detach(view: EditorView): void {
    if (this.view === view) {
      this.current = view.state;
      this.view = null;
    }
    view.destroy();
  }

  /** Applies a transaction through the attached view, or to the state when none is attached. */
  dispatch(spec: TransactionSpec): void {
    if (this.closed) return;
    if (this.view) {
      this.view.dispatch(spec);
      return;
    }
    const transaction = this.current.update(spec);
    this.settle([transaction], transaction.state);
  }

  /** Changes the title (the writer typed it, or `fromDisk` when the backend wrote it). */
  setTitle(title: string, options: { fromDisk?: boolean } = {}): void {
    if (this.closed || title === this.titleValue) return;
    this.titleValue = title;
    if (!options.fromDisk) for (const mark of this.marks) mark.titleChanged = true;
    this.emit({ kind: 'title', title, fromDisk: options.fromDisk === true });
  }

  /** Starts recording the changes made from now on (see {@link SessionMark}); end it with {@link release}. */
  mark(): SessionMark {
    const mark: SessionMark = {
      doc: this.current.doc,
      title: this.titleValue,
      changes: ChangeSet.empty(this.current.doc.length),
      titleChanged: false,
    };
    this.marks.add(mark);
    return mark;
  }

  /** Stops recording for a mark. */
  release(mark: SessionMark): void {
    this.marks.delete(mark);
  }

  /**
   * Takes a text the backend wrote in place of the text at `mark` (a restore,
   * links rewritten by a rename, a citation key changed): the backend's
   * change is applied under whatever the writer typed since the mark, so
   * both survive. The title follows the backend's unless the writer changed
   * it since. Answers whether the writer had changed anything since the mark.
   */
  rebase(mark: SessionMark, text: { title: string; body: string }): boolean {
    const typed = !mark.changes.empty || mark.titleChanged;
    const remote = changeBetween(mark.doc, text.body);
    if (!remote.empty) {
      const mapped = remote.map(mark.changes);
      this.dispatch({
        changes: mapped,
        annotations: [fromDisk.of(true), Transaction.addToHistory.of(false)],
      });
    }
    if (!mark.titleChanged) this.setTitle(text.title, { fromDisk: true });
    this.release(mark);
    return typed;
  }

  /** Detaches any view and stops publishing; the session is then only a record of the last text. */
  close(): void {
    if (this.view) this.detach(this.view);
    this.closed = true;
    this.listeners.clear();
    this.marks.clear();
  }

  private settle(transactions: readonly Transaction[], state: EditorState): void {
    this.current = state;
    let changed = false;
    let disk = true;
    for (const transaction of transactions) {
      if (!transaction.docChanged) continue;
      changed = true;
      if (transaction.annotation(fromDisk) !== true) disk = false;
      for (const mark of this.marks) mark.changes = mark.changes.compose(transaction.changes);
    }
    if (changed) this.emit({ kind: 'text', state, fromDisk: disk });
  }

  private emit(event: SessionEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
