import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { EXPORT_FORMATS, EXPORT_PACKAGINGS } from '../model/exchange.js';

/** Most articles one export or bundle takes. */
const MAX_EXPORT_ARTICLES = 5_000;
/** Most bytes one `jobs:download` answer carries (base64 of it stays under the web host's request limits). */
export const DOWNLOAD_CHUNK_BYTES = 6 * 1024 * 1024;
/** Most bytes of base64 one `uploads:add` carries. */
export const MAX_UPLOAD_CHUNK = 8 * 1024 * 1024;
/** Largest file the renderer may upload (a bundle), in bytes. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const id = z.string().regex(ID_PATTERN, 'not an id');
const ids = z.array(id).min(1).max(MAX_EXPORT_ARTICLES);
const jobId = z.strictObject({ jobId: id });
/** `ask`: the desktop app shows a save dialog; `download`: the result waits for `jobs:download`. */
const destination = z.enum(['ask', 'download']);

/** Request schemas of exports, print, jobs, uploads and bundles. */
export const exchangeRequestSchemas = {
  'export:start': z.strictObject({
    ids,
    format: z.enum(EXPORT_FORMATS),
    packaging: z.enum(EXPORT_PACKAGINGS).default('separate'),
    destination,
  }),
  /** The print HTML of articles, for the window to print. */
  'export:printHtml': z.strictObject({ ids: ids.max(500) }),
  'jobs:status': jobId,
  'jobs:cancel': jobId,
  'jobs:download': z.strictObject({ jobId: id, offset: z.number().int().nonnegative() }),
  'jobs:dismiss': jobId,
  'uploads:begin': z.strictObject({
    name: z.string().min(1).max(1_000),
    size: z.number().int().nonnegative().max(MAX_UPLOAD_BYTES, `at most ${MAX_UPLOAD_BYTES} bytes`),
  }),
  'uploads:add': z.strictObject({
    uploadId: id,
    data: z
      .string()
      .max(MAX_UPLOAD_CHUNK)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  }),
  /** Either the articles or a search query chooses what goes in. */
  'bundles:create': z
    .strictObject({ ids: ids.optional(), query: z.string().min(1).max(10_000).optional(), destination })
    .refine(
      (request) => (request.ids === undefined) !== (request.query === undefined),
      'give either ids or a query',
    ),
  /** The desktop app asks for a bundle file; other hosts answer `unavailable` and upload it. */
  'bundles:choose': z.strictObject({}),
  'bundles:preview': z.strictObject({ uploadId: id }),
  'bundles:apply': z.strictObject({ receiveId: id }),
  'bundles:discard': z.strictObject({ receiveId: id }),
  'bundles:conflicts': z.strictObject({}),
  /** A writer has merged a conflict copy into its original by hand: the copy goes to the trash. */
  'bundles:resolve': z.strictObject({ copyId: id }),
  'import:preview': z.strictObject({ sessionId: id }),
} as const;
