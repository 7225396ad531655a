import { z } from 'zod';

// Zod probes for eval with Function('') when it builds an object schema, which the Content-Security-Policy forbids;
// this module is imported before any schema is built, so Zod parses without that shortcut and never probes.
z.config({ jitless: true });
