export interface SessionCookieSettings {
  name: string;
  secure: boolean;
}

/** Over https the cookie takes the `__Host-` prefix, which browsers only accept with Secure, Path=/ and no Domain. */
export function sessionCookieSettings(servedOverHttps: boolean): SessionCookieSettings {
  return servedOverHttps ? { name: '__Host-normdraft_session', secure: true } : { name: 'normdraft_session', secure: false };
}
