import { describe, expect, it } from 'vitest';
import { NOT_CONNECTED, syncWroteHere } from './status.js';

const connected = {
  ...NOT_CONNECTED,
  state: 'synced' as const,
  server: 'https://couch.example.org',
  db: 'ban',
};

describe('syncWroteHere', () => {
  it('is true only when sync wrote documents here since the status before', () => {
    const before = { ...connected, received: 3, lastSyncAt: '2026-12-04T09:00:00.000Z' };
    // A round that only sent, or found nothing: the lists stay as they are.
    expect(syncWroteHere(before, { ...before, lastSyncAt: '2026-12-04T09:00:30.000Z' })).toBe(false);
    expect(syncWroteHere(before, { ...before, waiting: 2 })).toBe(false);
    expect(syncWroteHere(before, { ...before, received: 5 })).toBe(true);
    // The workspace was opened again (a restore): the count starts over, and that is news too.
    expect(syncWroteHere(before, { ...before, received: 0 })).toBe(true);
  });
});
