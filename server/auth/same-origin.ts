/**
 * A state-changing request must come from our own pages: its Origin must equal the server's origin,
 * or, when a browser leaves Origin out, Sec-Fetch-Site must say same-origin.
 */
export function isSameOriginRequest(headers: Headers, serverOrigin: string): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return origin === serverOrigin;
  return headers.get('sec-fetch-site') === 'same-origin';
}

/** The origin this request was addressed to: the configured public URL, or the Host the client used. */
export function serverOriginFor(requestUrl: string, hostHeader: string | null, publicUrl: URL | null): string {
  if (publicUrl) return publicUrl.origin;
  const url = new URL(requestUrl);
  return `${url.protocol}//${hostHeader ?? url.host}`;
}
