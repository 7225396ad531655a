import { request } from 'node:http';

export interface AddressedRequest {
  port: number;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The source address to connect from, e.g. 127.0.0.2 to act as another machine on loopback. */
  localAddress?: string;
}

export interface AddressedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A request with full control of Host and the source address, which fetch does not give. */
export function addressedRequest({ port, method, path, headers = {}, body, localAddress }: AddressedRequest): Promise<AddressedResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Kept as text.
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
