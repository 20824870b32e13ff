import type { Channel } from './contract.js';

/**
 * Every channel name, as data. Kept free of zod so the sandboxed preload can
 * check names without bundling the schemas.
 */
export const CHANNELS = [
  'workspace:info',
  'workspace:dismissRecovery',
  'settings:get',
  'settings:set',
  'articles:list',
  'articles:get',
  'articles:create',
  'articles:save',
  'articles:trash',
  'articles:restore',
  'articles:purge',
  'revisions:list',
  'revisions:get',
  'revisions:create',
  'revisions:restore',
  'journal:write',
  'journal:pending',
  'journal:discard',
  'backups:list',
  'backups:create',
  'backups:preview',
  'backups:restore',
  'search:query',
  'search:status',
  'articles:rename',
  'links:forArticle',
  'links:linkMention',
  'links:undoRename',
  'links:check',
  'links:graph',
  'links:related',
  'links:renameClaim',
  'links:forClaim',
  'import:markdown',
  'import:begin',
  'import:add',
  'import:commit',
  'import:status',
  'import:cancel',
  'import:chooseFolder',
  'import:preview',
  'export:start',
  'export:printHtml',
  'jobs:status',
  'jobs:cancel',
  'jobs:download',
  'jobs:dismiss',
  'uploads:begin',
  'uploads:add',
  'bundles:create',
  'bundles:choose',
  'bundles:preview',
  'bundles:apply',
  'bundles:discard',
  'bundles:conflicts',
  'bundles:resolve',
  'claims:list',
  'claims:get',
  'claims:create',
  'claims:update',
  'claims:delete',
  'categories:list',
  'categories:add',
  'categories:rename',
  'categories:reorder',
  'categories:merge',
  'categories:delete',
  'sources:list',
  'sources:get',
  'sources:create',
  'sources:update',
  'sources:delete',
  'tags:list',
  'tags:setColor',
  'tags:rename',
  'tags:delete',
  'articles:update',
  'articles:setStatus',
  'smartLists:list',
  'smartLists:save',
  'smartLists:delete',
  'dashboard:get',
  'templates:list',
  'templates:save',
  'templates:delete',
  'templates:instantiate',
  'spelling:lexicon',
  'spelling:addWord',
  'spelling:removeWord',
  'writing:stats',
  'workspace:welcome',
] as const satisfies readonly Channel[];

/** True when `name` is a channel of the contract. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

/** The Electron IPC channel that carries every contract call. */
export const IPC_INVOKE = 'desk:invoke';
/** Main → renderer: an application-menu command. */
export const IPC_MENU = 'desk:menu';
/** Main → renderer: flush pending saves now. */
export const IPC_FLUSH = 'desk:flush';
/** Renderer → main: the flush finished (payload: true when everything is saved). */
export const IPC_FLUSH_DONE = 'desk:flush-done';
