/** Keeps the `redirect` query when moving between the sign-in and sign-up pages. */
export function withRedirectQuery(path: string, redirect: unknown): string {
  return typeof redirect === 'string' && redirect !== '' ? `${path}?redirect=${encodeURIComponent(redirect)}` : path;
}
