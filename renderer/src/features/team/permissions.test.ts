import { describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../../../core/ipc/team-contract.js';
import { selectCan } from './can.js';
import { can, effectiveRole, settableStatuses, type TeamAction } from './permissions.js';
import { NOT_CONNECTED } from './status.js';

const ACTIONS: TeamAction[] = ['approve', 'publish', 'editTaxonomy'];
const connected = (
  role: TeamStatus['role'],
  state: TeamStatus['state'] = 'synced',
): { status: TeamStatus } => ({
  status: { ...NOT_CONNECTED, state, server: 'http://127.0.0.1:5984', db: 'ban', user: 'u', role },
});

describe('what a team role may do', () => {
  it.each([
    ['a team writer', 'writer', false],
    ['a team editor', 'editor', true],
    ['a workspace of its own (no role)', null, true],
  ] as const)('%s: approve, publish, edit the taxonomy → %s', (_, role, allowed) => {
    for (const action of ACTIONS) expect(can(role, action), action).toBe(allowed);
  });

  it('offers a writer every status but approved and published, in pipeline order', () => {
    expect(settableStatuses('writer')).toEqual(['idea', 'draft', 'review', 'archived']);
    expect(settableStatuses('editor')).toEqual([
      'idea',
      'draft',
      'review',
      'approved',
      'published',
      'archived',
    ]);
    expect(settableStatuses(null)).toEqual(settableStatuses('editor'));
  });

  it('follows the role only while connected, and shows everything until the server names it', () => {
    expect(effectiveRole({ state: 'off', role: 'writer' })).toBeNull();
    expect(effectiveRole({ state: 'offline', role: 'writer' })).toBe('writer');
    expect(selectCan({ status: NOT_CONNECTED }, 'publish')).toBe(true);
    expect(selectCan(connected(null, 'connecting'), 'publish')).toBe(true);
    expect(selectCan(connected('writer'), 'publish')).toBe(false);
    expect(selectCan(connected('writer', 'error'), 'editTaxonomy')).toBe(false);
    expect(selectCan(connected('editor'), 'editTaxonomy')).toBe(true);
    expect(selectCan({ status: { ...connected('writer').status, state: 'off' } }, 'approve')).toBe(true);
  });
});
