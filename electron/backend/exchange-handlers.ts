import { AppError, BUNDLE_EXTENSION, exportOutputKind, fileStem } from '../../core/index.js';
import type { WorkspaceServices } from './compose.js';
import type { HandlersOf } from './handlers/registry.js';
import type { HostCapabilities } from './host.js';

/** Where an export asked for with a dialog goes: the chosen file or folder, or null when the writer cancelled. */
async function askExportTarget(
  services: WorkspaceServices,
  host: HostCapabilities,
  request: {
    ids: readonly string[];
    format: Parameters<typeof exportOutputKind>[0];
    packaging: Parameters<typeof exportOutputKind>[1];
  },
): Promise<string | null> {
  const output = exportOutputKind(request.format, request.packaging, request.ids.length);
  if (output.kind === 'folder') return host.chooseSaveFolder!();
  const first = services.articles.summary(request.ids[0]!)?.title ?? '';
  const stem = request.ids.length === 1 ? fileStem(first) : `${request.ids.length} bai viet`;
  return host.saveFile!(`${stem}${output.extension}`, output.extension);
}

/**
 * Handlers of exports, print, jobs, uploads and bundles. A request to ask
 * for a place (`destination: 'ask'`, `bundles:choose`) uses the host's
 * native dialogs and has the backend write or read the file itself; a host
 * without dialogs answers 'unavailable', and the page downloads or uploads.
 */
export function exchangeHandlers(
  services: WorkspaceServices,
  host: HostCapabilities,
): HandlersOf<`export:${string}` | `jobs:${string}` | `uploads:${string}` | `bundles:${string}`> {
  const canAsk = host.saveFile !== undefined && host.chooseSaveFolder !== undefined;
  return {
    'export:start': async (request) => {
      if (request.destination === 'download') {
        return { outcome: 'started', status: services.exports.start(request, { kind: 'download' }) };
      }
      if (!canAsk) return { outcome: 'unavailable' };
      const target = await askExportTarget(services, host, request);
      if (target === null) return { outcome: 'cancelled' };
      return { outcome: 'started', status: services.exports.start(request, { kind: 'path', path: target }) };
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
      if (request.destination === 'download') {
        return { outcome: 'started', status: await services.bundles.start(request, { kind: 'download' }) };
      }
      if (host.saveFile === undefined) return { outcome: 'unavailable' };
      const ids = await services.bundles.idsOf(request);
      const target = await host.saveFile(
        `Gói bài ${new Date().toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`,
        BUNDLE_EXTENSION,
      );
      if (target === null) return { outcome: 'cancelled' };
      return {
        outcome: 'started',
        status: await services.bundles.start({ ids }, { kind: 'path', path: target }),
      };
    },
    'bundles:choose': async () => {
      if (host.openBundle === undefined) return { outcome: 'unavailable' };
      const file = await host.openBundle();
      if (file === null) return { outcome: 'cancelled' };
      return { outcome: 'opened', preview: await services.bundles.open(file) };
    },
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
