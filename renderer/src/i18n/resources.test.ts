import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVISION_REASONS, type BackupInfo } from '../../../core/model/history.js';
import type { DamageKind } from '../../../core/model/recovery.js';
import { PANEL_IDS } from '../features/panels/store.js';
import { LANGUAGES, VIEW_MODES } from '../../../core/model/settings.js';
import { ARTICLE_STATUSES } from '../../../core/model/article.js';
import { NAMED_FILTERS, type SearchNoticeCode } from '../../../core/search/types.js';
import {
  TEAM_ROLES,
  type TeamErrorCode,
  type TeamItemKind,
  type TeamRefusal,
  type TeamSyncState,
} from '../../../core/ipc/team-contract.js';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const NOTICES: Record<SearchNoticeCode, true> = {
  'unclosed-quote': true,
  'unknown-filter': true,
  'bad-date': true,
  'empty-filter': true,
  'dangling-or': true,
  'too-long': true,
  'nothing-to-search': true,
  'unknown-value': true,
};

/** Keys the source builds from data (`t(`mode.${mode}`)` and the like). */
const DAMAGE: Record<DamageKind, true> = {
  empty: true,
  'nul-filled': true,
  'invalid-json': true,
  schema: true,
  'newer-version': true,
  unreadable: true,
};
const BACKUP_REASONS: Record<BackupInfo['reason'], true> = {
  quit: true,
  daily: true,
  manual: true,
  'before-restore': true,
};

const TEAM_STATES: Record<Exclude<TeamSyncState, 'off'>, true> = {
  connecting: true,
  syncing: true,
  synced: true,
  waiting: true,
  offline: true,
  error: true,
};
const TEAM_ERRORS: Record<TeamErrorCode | 'request', true> = {
  unreachable: true,
  unauthorized: true,
  'not-couchdb': true,
  certificate: true,
  'no-database': true,
  forbidden: true,
  'no-credentials': true,
  other: true,
  request: true,
};
const TEAM_KINDS: Record<TeamItemKind | 'unknown', true> = {
  article: true,
  claim: true,
  source: true,
  category: true,
  tagColors: true,
  smartList: true,
  unknown: true,
};
const TEAM_DIRECTIONS: Record<TeamRefusal['direction'], true> = { push: true, pull: true };

const BUILT_KEYS = [
  ...Object.keys(DAMAGE).map((kind) => `recovery.kind.${kind}`),
  ...VIEW_MODES.map((mode) => `mode.${mode}`),
  ...LANGUAGES.map((code) => `settings.languageName.${code}`),
  ...['active', 'trash'].flatMap((scope) => [`sidebar.${scope}`, `library.empty.${scope}`]),
  ...['updated', 'title'].map((key) => `library.sortBy.${key}`),
  ...['saved', 'unsaved', 'saving', 'error'].map((status) => `status.${status}`),
  ...REVISION_REASONS.map((reason) => `history.reason.${reason}`),
  ...['added', 'removed'].flatMap((kind) => [`history.${kind}Start`, `history.${kind}End`]),
  ...Object.keys(BACKUP_REASONS).map((reason) => `backups.reason.${reason}`),
  ...PANEL_IDS.map((id) => `panels.${id}`),
  ...ARTICLE_STATUSES.map((status) => `search.status.${status}`),
  ...Object.keys(NOTICES).map((code) => `search.notice.${code}`),
  ...NAMED_FILTERS.map((key) => `search.unmatched.${key}`),
  ...Object.keys(TEAM_STATES).map((state) => `team.states.${state}`),
  ...Object.keys(TEAM_ERRORS).map((code) => `team.errors.${code}`),
  ...Object.keys(TEAM_KINDS).map((kind) => `team.kinds.${kind}`),
  ...Object.keys(TEAM_DIRECTIONS).map((direction) => `team.direction.${direction}`),
  ...[...TEAM_ROLES, 'unknown'].map((role) => `team.roles.${role}`),
  ...TEAM_ROLES.map((role) => `team.roleHint.${role}`),
  ...['server', 'db', 'user', 'password'].map((field) => `team.invalid.${field}`),
];

const viKeys = flatten(vi as Tree);
const enKeys = flatten(en as Tree);

/** Every `t('…')` key written literally in the renderer's source. */
function keysUsedInSource(): Set<string> {
  const root = path.resolve(import.meta.dirname, '..');
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/\bt\('([a-zA-Z.]+)'/g)) used.add(match[1]!);
      }
    }
  };
  walk(root);
  return used;
}

const resolves = (keys: Map<string, string>, key: string): boolean =>
  keys.has(key) || keys.has(`${key}_other`);

describe('translations', () => {
  it('Vietnamese and English have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
  });

  it('no translation is empty and placeholders match between languages', () => {
    for (const [key, text] of viKeys) {
      expect(text.trim(), `vi ${key}`).not.toBe('');
      const english = enKeys.get(key) ?? '';
      expect(english.trim(), `en ${key}`).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('every key the source uses exists, including the ones built from data', () => {
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(40);
    for (const key of BUILT_KEYS) used.add(key);
    for (const key of used) {
      expect(resolves(viKeys, key), `vi is missing ${key}`).toBe(true);
      expect(resolves(enKeys, key), `en is missing ${key}`).toBe(true);
    }
  });

  it('calls a claim by one word everywhere in the Vietnamese UI', () => {
    const other = [...viKeys].filter(([, text]) => /luận điệu/i.test(text)).map(([key]) => key);
    expect(other).toEqual([]);
    expect([...viKeys.values()].filter((text) => /luận điểm/i.test(text)).length).toBeGreaterThan(20);
  });
});
