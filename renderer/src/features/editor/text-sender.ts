import { Text } from '@codemirror/state';
import type { SaveResult } from '../../../../core/ipc/contract.js';
import type { TextPatch } from '../../../../core/text/patch.js';
import { ApiError } from '../../api/errors.js';
import type { call } from '../../api/index.js';
import type { JournalText } from './journal.js';
import { ropePatch } from './rope-patch.js';
import type { SaveRequest, TextSource } from './saveQueue.js';
import type { DocumentSession, SessionMark } from './session.js';

/** A session's mark at the base text: its changes since are the patch, with no scan of the text. */
interface Followed {
  session: DocumentSession;
  mark: SessionMark;
}

/** The text on disk of an article at a revision, as the editor last sent or read it. */
interface Base {
  text: Text;
  rev: number;
  followed?: Followed;
}

const asRope = (text: TextSource): Text =>
  text instanceof Text ? text : Text.of(String(text).split(/\r\n?|\n/));

/** True when the backend asks for the whole text instead of a patch (stale base, or not the text meant). */
function wantsWholeText(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'invalid_request') return true;
  return (
    error.code === 'conflict' && (error.details as { needsText?: unknown } | undefined)?.needsText === true
  );
}

/**
 * Sends the editor's text to the backend as cheaply as it can: as a patch
 * of the text it knows is on disk (a keystroke in a 5 MB article then sends
 * a few characters, not 5 MB), or whole when it knows no base or the
 * backend asks for it. It keeps, per article, the text on disk and its
 * revision, and follows the session's changes since that text.
 */
export class TextSender {
  private readonly bases = new Map<string, Base>();

  constructor(
    private readonly send: typeof call,
    /** The document session of an article, while it is open. */
    private readonly sessionOf: (id: string) => DocumentSession | null,
  ) {}

  /**
   * Records the text on disk of an article at a revision (it was opened or
   * read back). When the article's session holds that very text, the
   * changes made from now on are followed.
   */
  settle(id: string, text: TextSource, rev: number): void {
    const rope = asRope(text);
    this.replace(id, { text: rope, rev, ...this.follow(id, rope) });
  }

  /** Stops following an article (its session closed). */
  forget(id: string): void {
    this.replace(id, null);
  }

  /** Saves a request of the autosave queue: the body as a patch when it can, whole otherwise. */
  async save(request: SaveRequest): Promise<SaveResult> {
    const { body, ...rest } = request;
    const base = this.bases.get(request.id);
    if (body === undefined) {
      const result = await this.send('articles:save', rest);
      if (base && base.rev === request.baseRev && !result.conflict) base.rev = result.article.rev;
      else this.replace(request.id, null);
      return result;
    }
    if (body instanceof Text && base && base.rev === request.baseRev) {
      const patch = this.patch(base, body);
      // The base of the next save is taken now, before typing goes on during this one.
      const next = this.follow(request.id, body);
      try {
        const result = await this.send('articles:save', { ...rest, patch });
        this.replace(request.id, { text: body, rev: result.article.rev, ...next });
        return result;
      } catch (error) {
        if (next.followed) next.followed.session.release(next.followed.mark);
        if (!wantsWholeText(error)) throw error;
      }
    }
    const whole = body.toString();
    const next = this.follow(request.id, body instanceof Text ? body : null);
    let result: SaveResult;
    try {
      result = await this.send('articles:save', { ...rest, body: whole });
    } catch (error) {
      if (next.followed) next.followed.session.release(next.followed.mark);
      throw error;
    }
    // The backend keeps text in NFC: the base is what it stored.
    const stored = whole.normalize('NFC');
    if (stored === whole) this.replace(request.id, { text: asRope(body), rev: result.article.rev, ...next });
    else {
      if (next.followed) next.followed.session.release(next.followed.mark);
      this.settle(request.id, stored, result.article.rev);
    }
    return result;
  }

  /** Journals the editor's text: as a patch of the saved text when it can, whole otherwise. */
  async journal(id: string, text: JournalText): Promise<void> {
    const base = this.bases.get(id);
    if (text.body instanceof Text && base) {
      try {
        await this.send('journal:write', {
          articleId: id,
          title: text.title,
          baseRev: base.rev,
          patch: this.patch(base, text.body),
        });
        return;
      } catch (error) {
        if (!wantsWholeText(error)) throw error;
      }
    }
    await this.send('journal:write', { articleId: id, title: text.title, body: text.body.toString() });
  }

  /** A mark of the article's session at `text`, when `text` is the session's text now. */
  private follow(id: string, text: Text | null): { followed?: Followed } {
    const session = this.sessionOf(id);
    if (!session || text === null || session.doc !== text) return {};
    return { followed: { session, mark: session.mark() } };
  }

  private replace(id: string, next: Base | null): void {
    const previous = this.bases.get(id);
    if (previous?.followed) previous.followed.session.release(previous.followed.mark);
    if (next === null) this.bases.delete(id);
    else this.bases.set(id, next);
  }

  /** The patch from the base to `text`: the changes followed when `text` is the session's text now, else a comparison. */
  private patch(base: Base, text: Text): TextPatch {
    const followed = base.followed;
    if (followed && followed.session.doc === text && followed.mark.doc === base.text) {
      const edits: TextPatch['edits'] = [];
      followed.mark.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
        edits.push([fromA, toA, inserted.toString()]);
      });
      return { edits, length: text.length };
    }
    return ropePatch(base.text, text);
  }
}
