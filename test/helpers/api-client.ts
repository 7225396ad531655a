/** A signed-in (or not) HTTP client that keeps its session cookie and sends our Origin, like the browser app. */
export class ApiClient {
  private cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        origin: this.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Non-JSON bodies (the HTML app) are returned as text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body ?? {}, headers);
  }

  /** Sends raw bytes (an image upload) with the session cookie and our Origin. */
  async postBytes(path: string, bytes: Uint8Array, contentType: string): Promise<{ status: number; body: unknown; headers: Headers }> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method: 'POST',
      headers: { origin: this.baseUrl, 'content-type': contentType, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  /** Fetches a binary resource with the session cookie. */
  fetchRaw(path: string): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), { headers: this.cookie ? { cookie: this.cookie } : {} });
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }
}

export async function signedUpClient(baseUrl: string, username: string, displayName = username): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  const response = await client.post('/api/auth/signup', { username, password: 'correct horse battery', displayName });
  if (response.status !== 201) throw new Error(`signup failed: ${JSON.stringify(response.body)}`);
  return client;
}

export async function loggedInClient(baseUrl: string, username: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  const response = await client.post('/api/auth/login', { username, password: 'correct horse battery' });
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return client;
}

export async function createStandardAs(client: ApiClient, title = '智能制造 术语'): Promise<string> {
  const response = await client.post('/api/standards', { title, bodyCode: 'CAS', sequenceNumber: '290' });
  if (response.status !== 201) throw new Error(`create standard failed: ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}
