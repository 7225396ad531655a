import { describe, expect, it } from 'vitest';
import { isSameOriginRequest, serverOriginFor } from '../../../server/auth/same-origin';

describe('same-origin check', () => {
  it('compares Origin with the server origin, else trusts only Sec-Fetch-Site same-origin', () => {
    const origin = serverOriginFor('http://localhost:3000/api/standards', 'localhost:3000', null);
    expect(origin).toBe('http://localhost:3000');
    expect(isSameOriginRequest(new Headers({ origin: 'http://localhost:3000' }), origin)).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: 'http://localhost:3001' }), origin)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'null' }), origin)).toBe(false);
    expect(isSameOriginRequest(new Headers({ 'sec-fetch-site': 'same-origin' }), origin)).toBe(true);
    expect(isSameOriginRequest(new Headers({ 'sec-fetch-site': 'cross-site' }), origin)).toBe(false);
    expect(isSameOriginRequest(new Headers(), origin)).toBe(false);
  });

  it('uses the configured public URL when there is one', () => {
    expect(serverOriginFor('http://127.0.0.1:3000/x', '127.0.0.1:3000', new URL('https://normdraft.example/base'))).toBe('https://normdraft.example');
  });
});
