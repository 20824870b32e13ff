import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../../core/ipc/dispatch.js';
import type { Handlers } from '../../core/ipc/contract.js';
import { sendErrorEnvelope, sendJson } from './respond.js';

/** Largest request body accepted, in bytes. */
const MAX_BODY_BYTES = 30 * 1024 * 1024;

/**
 * Reads the whole body, or resolves null when it exceeds `limit` bytes. An
 * oversized body is still read to its end (and thrown away), up to four
 * times the limit, so the client is not cut off mid-upload and sees the 413;
 * beyond that the connection is dropped.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > 4 * limit) req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('The request was cut off'));
    });
  });
}

/** The parsed body of an invoke request, or a reason it cannot be read. */
export type InvokeBody = { ok: true; channel: unknown; payload: unknown } | { ok: false; message: string };

/** Parses `{"channel", "payload"}` from raw bytes; the channel and payload themselves are checked by dispatch. */
export function parseInvokeBody(raw: Buffer): InvokeBody {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    return { ok: false, message: `Malformed JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Expected a JSON object {"channel", "payload"}' };
  }
  const body = value as Record<string, unknown>;
  return { ok: true, channel: body.channel, payload: body.payload };
}

/** Answers `POST /api/invoke`: the body goes through the one dispatch of every transport. */
export async function handleInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Handlers,
): Promise<void> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === null) {
    res.setHeader('Connection', 'close');
    sendErrorEnvelope(res, 413, {
      code: 'invalid_request',
      message: `Request body larger than ${MAX_BODY_BYTES} bytes`,
    });
    return;
  }
  const body = parseInvokeBody(raw);
  if (!body.ok) {
    sendErrorEnvelope(res, 400, { code: 'invalid_request', message: body.message });
    return;
  }
  sendJson(res, 200, await dispatch(handlers, body.channel, body.payload));
}
