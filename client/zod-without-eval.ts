import { z } from 'zod/v4';

// Zod decides when it builds an object schema whether to compile a parser with Function(), probing for eval first,
// which the Content-Security-Policy forbids. The client build resolves every `import … from 'zod'` to this module
// (vite.config.ts), so the switch is set before any schema anywhere is built, whatever order the chunks load in.
z.config({ jitless: true });

export * from 'zod/v4';
export { z };
