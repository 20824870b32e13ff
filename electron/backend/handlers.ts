import type { BackupInfo, Handlers, WorkspaceInfo } from '../../core/index.js';
import type { ArticlesService } from './articles.js';
import { catalogHandlers, type CatalogService } from './catalog/index.js';
import type { BackupService } from './backup/backups.js';
import type { ArticleHistory } from './history/article-history.js';
import { importMarkdownFiles, type ImportSessions } from './import/index.js';
import type { AttachmentStore } from './attachments/store.js';
import { exchangeHandlers, type ExchangeServices } from './exchange-handlers.js';
import type { LinksService } from './links/index.js';
import { updateClaimKeepingLinks } from './links/claim-update.js';
import type { RecoveryLog } from './recovery.js';
import type { SearchService } from './search/service.js';
import type { WorkspaceDocument } from './workspace-file.js';

/**
 * The services of one open workspace that the handler table calls. Read on
 * every call: restoring a backup replaces them.
 */
export interface WorkspaceServices extends ExchangeServices {
  readonly articles: ArticlesService;
  readonly document: WorkspaceDocument;
  readonly recovery: RecoveryLog;
  readonly history: ArticleHistory;
  readonly backups: BackupService;
  readonly search: SearchService;
  readonly links: LinksService;
  readonly catalog: CatalogService;
  readonly imports: ImportSessions;
  readonly attachments: AttachmentStore;
  info(): WorkspaceInfo;
  /** A manual backup in the workspace's backup folder, saves queued so far included. */
  createBackup(): Promise<BackupInfo>;
  /** Restores the workspace from an archive. */
  restoreFrom(file: string): Promise<WorkspaceInfo>;
}

/** The handler table of the contract, bound to one workspace. Payloads arrive already parsed by `dispatch`. */
export function createHandlers(services: WorkspaceServices): Handlers {
  return {
    'workspace:info': async () => services.info(),
    'workspace:dismissRecovery': async () => {
      services.recovery.dismiss();
      return services.info();
    },
    'settings:get': async () => services.document.settings,
    'settings:set': (request) => services.document.setSettings(request),
    'articles:get': (request) => services.articles.get(request.id),
    'articles:create': (request) => services.articles.create(request),
    'articles:save': (request) => services.articles.save(request),
    'articles:trash': (request) => services.articles.trash(request.id),
    'articles:restore': (request) => services.articles.restore(request.id),
    'articles:purge': (request) => services.history.purge(request.id),
    'revisions:list': async (request) => services.history.list(request.articleId),
    'revisions:get': async (request) => services.history.get(request.articleId, request.revisionId),
    'revisions:create': (request) => services.history.saveVersion(request.articleId, request.label),
    'revisions:restore': async (request) => services.history.restore(request.articleId, request.revisionId),
    'journal:write': async (request) =>
      services.history.writeJournal(request.articleId, request.title, request.body),
    'journal:pending': () => services.history.pendingJournal(),
    'journal:discard': (request) => services.history.discardJournal(request.articleId),
    'backups:list': () => services.backups.list(),
    'backups:create': () => services.createBackup(),
    'backups:preview': async (request) => services.backups.preview(request.name),
    'backups:restore': async (request) => services.restoreFrom(services.backups.pathOf(request.name)),
    'search:query': (request) =>
      services.search.query(request.text, {
        limit: request.limit,
        ...(request.kinds === undefined ? {} : { kinds: request.kinds }),
      }),
    'search:status': async () => services.search.status(),
    'articles:rename': (request) => services.links.rename(request.id, request.title),
    'links:forArticle': (request) => services.links.forArticle(request.id),
    'links:linkMention': (request) => services.links.linkMention(request),
    'links:undoRename': (request) => services.links.undoRename(request.renameId),
    'links:check': () => services.links.check(),
    'links:graph': (request) => services.links.graph(request),
    'links:related': (request) => services.links.related(request.id),
    'links:renameClaim': (request) => services.links.renameClaim(request.id, request.statement),
    'links:forClaim': (request) => services.links.forClaim(request.id),
    'import:markdown': (request) =>
      importMarkdownFiles({ articles: services.articles, attachments: services.attachments }, request.files),
    'import:begin': async (request) => services.imports.begin(request.files, request.bytes),
    'import:add': async (request) => services.imports.add(request.sessionId, request.files),
    'import:commit': (request) => services.imports.commit(request.sessionId, request.choices),
    'import:preview': (request) => services.imports.preview(request.sessionId),
    'import:status': async (request) => services.imports.status(request.sessionId),
    'import:cancel': async (request) => services.imports.cancel(request.sessionId),
    'import:chooseFolder': async () => ({ outcome: 'unavailable' }),
    ...catalogHandlers(() => services.catalog),
    ...exchangeHandlers(services),
    'claims:update': (request) => updateClaimKeepingLinks(services, request),
  };
}
