import { request } from 'node:http';

/** A response read in full. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Options of one raw request. */
export interface RawRequest {
  port: number;
  /** Sent as-is, without the normalisation a URL parser or browser would apply. */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * One HTTP request with full control over the request target and headers
 * (Host included), which fetch() and browsers do not give.
 */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${options.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
