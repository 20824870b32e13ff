import type { HandlersOf } from '../handlers/registry.js';
import { setStatus, updateArticle } from './article-meta.js';
import { listArticles } from './article-list.js';
import { editCategories, listCategories } from './categories.js';
import { applyClaimStatusRule, createClaim, deleteClaim, getClaim, listClaims } from './claims.js';
import { dashboard } from './dashboard.js';
import type { CatalogService } from './service.js';
import { deleteSmartList, listSmartLists, saveSmartList } from './smart-lists.js';
import { createSource, deleteSource, getSource, listSources, updateSource } from './sources.js';
import { deleteTagEverywhere, renameTagEverywhere, setTagColor, tagTree } from './tags.js';

/** The channels the catalog answers. */
type CatalogChannel =
  | `claims:${string}`
  | `categories:${string}`
  | `sources:${string}`
  | `tags:${string}`
  | `smartLists:${string}`
  | 'dashboard:get'
  | 'articles:list'
  | 'articles:update'
  | 'articles:setStatus';

/**
 * The catalog's part of the handler table. `claims:update` is the links
 * service's, since a new statement rewrites the links naming the claim.
 */
export function catalogHandlers(catalog: CatalogService): Omit<HandlersOf<CatalogChannel>, 'claims:update'> {
  const run: CatalogService['run'] = (task) => catalog.run(task);
  return {
    'articles:list': (request) => run((context) => listArticles(context, request)),
    'articles:update': (request) =>
      run(async (context) => {
        const article = await updateArticle(context, request);
        await applyClaimStatusRule(context);
        return article;
      }),
    'articles:setStatus': (request) =>
      run(async (context) => {
        const articles = await setStatus(context, request);
        await applyClaimStatusRule(context);
        return articles;
      }),
    'claims:list': () => run(listClaims),
    'claims:get': (request) => run((context) => getClaim(context, request.id)),
    'claims:create': (request) => run((context) => createClaim(context, request)),
    'claims:delete': (request) =>
      run(async (context) => {
        const result = await deleteClaim(context, request);
        await applyClaimStatusRule(context);
        return result;
      }),
    'categories:list': () => run(listCategories),
    'categories:add': (request) => run((context) => editCategories(context, { op: 'add', ...request })),
    'categories:rename': (request) => run((context) => editCategories(context, { op: 'rename', ...request })),
    'categories:reorder': (request) =>
      run((context) => editCategories(context, { op: 'reorder', ...request })),
    'categories:merge': (request) => run((context) => editCategories(context, { op: 'merge', ...request })),
    'categories:delete': (request) => run((context) => editCategories(context, { op: 'delete', ...request })),
    'sources:list': () => run(listSources),
    'sources:get': (request) => run((context) => getSource(context, request.id)),
    'sources:create': (request) => run((context) => createSource(context, request)),
    'sources:update': (request) => run((context) => updateSource(context, request)),
    'sources:delete': (request) => run((context) => deleteSource(context, request.id)),
    'tags:list': () => run(tagTree),
    'tags:setColor': (request) => run((context) => setTagColor(context, request)),
    'tags:rename': (request) => run((context) => renameTagEverywhere(context, request)),
    'tags:delete': (request) => run((context) => deleteTagEverywhere(context, request)),
    'smartLists:list': () => run(listSmartLists),
    'smartLists:save': (request) => run((context) => saveSmartList(context, request)),
    'smartLists:delete': (request) => run((context) => deleteSmartList(context, request.id)),
    'dashboard:get': () => run((context) => dashboard(context)),
  };
}
