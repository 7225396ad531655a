import { request } from 'node:http';

export interface RawHttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Body bytes written before the server answered or closed the connection. */
  bytesSent: number;
}

export interface RawHttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Bytes of body to stream (chunked unless a Content-Length header is given), in 64 KiB chunks. */
  bodyBytes: number;
}

/** Streams a large body over a real socket and stops writing as soon as the server answers or closes the connection. */
export function rawHttpRequest({ url, method = 'POST', headers = {}, bodyBytes }: RawHttpRequest): Promise<RawHttpAnswer> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const outgoing = request(url, { method, headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (data: Buffer) => chunks.push(data));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), bytesSent });
        outgoing.destroy();
      });
    });
    // A server that refuses a body closes the connection while it is still being written: the write fails with
    // EPIPE or ECONNRESET, and the answer it sent first still arrives.
    let writeError: Error | null = null;
    outgoing.on('error', (error) => {
      writeError = error;
    });
    outgoing.on('close', () => {
      if (!answered) reject(writeError ?? new Error('the connection closed without an answer'));
    });
    const write = (): void => {
      while (!answered && !outgoing.destroyed && bytesSent < bodyBytes) {
        const size = Math.min(chunk.length, bodyBytes - bytesSent);
        bytesSent += size;
        if (!outgoing.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          outgoing.once('drain', write);
          return;
        }
      }
      if (!answered && !outgoing.destroyed && !headers['content-length']) outgoing.end();
    };
    if (headers['content-length'] === undefined) write();
    else if (bodyBytes > 0) write();
    else outgoing.flushHeaders();
  });
}
