import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The app's policy. Scripts only from our own files (Vite emits no inline script). Styles allow 'unsafe-inline'
 * because Tiptap injects its base stylesheet and ProseMirror and Solid write style attributes (carets, column
 * widths). Images come from /api/images; the collaboration websocket is on our own origin ('self' covers ws:/wss:).
 */
export const applicationContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response: pages, API answers, static files, errors and 404s. A route that sets a
 * stricter Content-Security-Policy of its own (redline pages, images) keeps it; those policies also forbid framing.
 */
export function securityHeaders({ servedOverHttps }: { servedOverHttps: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: applicationContentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    strictTransportSecurity: servedOverHttps ? 'max-age=31536000' : false,
    overwrite: false,
  });
}
