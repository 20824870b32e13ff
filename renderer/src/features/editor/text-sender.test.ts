import { describe, expect, it } from 'vitest';
import { applyPatch, type TextPatch } from '../../../../core/text/patch.js';
import { ApiError } from '../../api/errors.js';
import type { call } from '../../api/index.js';
import { DocumentSession } from './session.js';
import { TextSender } from './text-sender.js';

/** A backend that stores one article and answers saves and journal writes as the real one does. */
function backend(initial: string) {
  const disk = { body: initial, rev: 0, journal: '' };
  const sent: Array<{ channel: string; patch?: TextPatch; body?: string }> = [];
  const send = (async (channel: string, request: Record<string, unknown>) => {
    const patch = request.patch as TextPatch | undefined;
    sent.push({ channel, ...(patch ? { patch } : { body: request.body as string }) });
    let text = request.body as string;
    if (patch) {
      if (request.baseRev !== disk.rev) {
        throw new ApiError({ code: 'conflict', message: 'stale', details: { needsText: true } });
      }
      text = applyPatch(disk.body, patch);
    }
    if (channel === 'journal:write') {
      disk.journal = text;
      return { at: '' };
    }
    disk.body = text;
    disk.rev += 1;
    return { article: { rev: disk.rev }, savedAt: '' };
  }) as unknown as typeof call;
  return { disk, sent, send };
}

const type = (session: DocumentSession, text: string, at = session.doc.length) =>
  session.dispatch({ changes: { from: at, insert: text } });

describe('TextSender', () => {
  it('sends what changed since the last save, not the whole text', async () => {
    const long = 'Đoạn văn dài của bài phản bác.\n'.repeat(20_000);
    const { disk, sent, send } = backend(long);
    const session = new DocumentSession('a', { title: 'T', body: long }, []);
    const sender = new TextSender(send, () => session);
    sender.settle('a', session.doc, 0);
    type(session, ' thêm');
    type(session, 'Mở đầu. ', 0);
    await sender.save({ id: 'a', body: session.doc, baseRev: 0 });
    expect(sent[0]!.patch!.edits).toEqual([
      [0, 0, 'Mở đầu. '],
      [long.length, long.length, ' thêm'],
    ]);
    type(session, '!');
    await sender.journal('a', { title: 'T', body: session.doc });
    expect(disk.journal).toBe(`Mở đầu. ${long} thêm!`);
    await sender.save({ id: 'a', body: session.doc, baseRev: 1 });
    expect(sent.at(-1)!.patch!.edits).toEqual([[long.length + 13, long.length + 13, '!']]);
    expect(disk.body).toBe(`Mở đầu. ${long} thêm!`);
  });

  it('follows typing done while a save is on its way', async () => {
    const { disk, send } = backend('một');
    const session = new DocumentSession('a', { title: 'T', body: 'một' }, []);
    const sender = new TextSender(send, () => session);
    sender.settle('a', session.doc, 0);
    type(session, ' hai');
    const saving = sender.save({ id: 'a', body: session.doc, baseRev: 0 });
    type(session, ' ba');
    await saving;
    await sender.save({ id: 'a', body: session.doc, baseRev: 1 });
    expect(disk.body).toBe('một hai ba');
  });

  it('sends the whole text when the backend asks for it, and without a known base', async () => {
    const { disk, sent, send } = backend('cũ');
    const session = new DocumentSession('a', { title: 'T', body: 'cũ' }, []);
    const sender = new TextSender(send, () => session);
    type(session, ' mới');
    await sender.save({ id: 'a', body: session.doc, baseRev: 0 });
    expect(sent.map((s) => (s.patch ? 'patch' : 'whole'))).toEqual(['whole']);
    disk.rev = 9;
    type(session, '!');
    await sender.save({ id: 'a', body: session.doc, baseRev: 1 });
    expect(sent.map((s) => (s.patch ? 'patch' : 'whole'))).toEqual(['whole', 'patch', 'whole']);
    expect(disk.body).toBe('cũ mới!');
  });
});
