import { AppError, type Handlers } from '../../core/index.js';
import type { BundleService } from './exchange/service.js';
import type { ExportService } from './export/service.js';
import type { JobRunner } from './jobs/jobs.js';
import type { Uploads } from './jobs/uploads.js';

/** The services behind export, print, jobs and uploads. */
export interface ExchangeServices {
  readonly exports: ExportService;
  readonly jobs: JobRunner;
  readonly uploads: Uploads;
  readonly bundles: BundleService;
}

type ExchangeChannels =
  | 'export:start'
  | 'export:printHtml'
  | 'jobs:status'
  | 'jobs:cancel'
  | 'jobs:download'
  | 'jobs:dismiss'
  | 'uploads:begin'
  | 'uploads:add'
  | 'bundles:create'
  | 'bundles:choose'
  | 'bundles:preview'
  | 'bundles:apply'
  | 'bundles:discard'
  | 'bundles:conflicts'
  | 'bundles:resolve';

/**
 * Handlers of exports, print, jobs, uploads and bundles. Asking for a
 * dialog (`destination: 'ask'`, `bundles:choose`) is answered `unavailable`
 * here: only the desktop app has dialogs, and it wraps these handlers
 * (electron/main).
 */
export function exchangeHandlers(services: ExchangeServices): Pick<Handlers, ExchangeChannels> {
  return {
    'export:start': async (request) => {
      if (request.destination === 'ask') return { outcome: 'unavailable' };
      return { outcome: 'started', status: services.exports.start(request, { kind: 'download' }) };
    },
    'export:printHtml': async (request) => ({ html: await services.exports.printHtml(request.ids) }),
    'jobs:status': async (request) => services.jobs.status(request.jobId),
    'jobs:cancel': async (request) => services.jobs.cancel(request.jobId),
    'jobs:download': async (request) => services.jobs.download(request.jobId, request.offset),
    'jobs:dismiss': async (request) => services.jobs.dismiss(request.jobId),
    'uploads:begin': async (request) => services.uploads.begin(request.name, request.size),
    'uploads:add': async (request) => {
      if (request.data.length % 4 !== 0)
        throw new AppError('invalid_request', 'A piece of an upload must be whole base64.');
      return services.uploads.add(request.uploadId, request.data);
    },
    'bundles:create': async (request) => {
      if (request.destination === 'ask') return { outcome: 'unavailable' };
      return { outcome: 'started', status: await services.bundles.start(request, { kind: 'download' }) };
    },
    'bundles:choose': async () => ({ outcome: 'unavailable' }),
    'bundles:preview': async (request) => {
      const { name, bytes } = services.uploads.take(request.uploadId);
      return services.bundles.receive(bytes, name);
    },
    'bundles:apply': (request) => services.bundles.apply(request.receiveId),
    'bundles:discard': async (request) => services.bundles.discard(request.receiveId),
    'bundles:conflicts': () => services.bundles.conflicts(),
    'bundles:resolve': (request) => services.bundles.resolve(request.copyId),
  };
}
