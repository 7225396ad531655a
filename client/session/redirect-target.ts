/** Where to go after signing in: only paths inside this app, so a crafted link cannot send people elsewhere. */
export function safeRedirectTarget(candidate: unknown): string {
  if (typeof candidate !== 'string') return '/';
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if (candidate.startsWith('/login') || candidate.startsWith('/signup')) return '/';
  return candidate;
}

export function loginPathReturningTo(path: string): string {
  return path === '/' ? '/login' : `/login?redirect=${encodeURIComponent(path)}`;
}
