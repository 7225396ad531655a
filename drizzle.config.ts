import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./server/db/schema.ts', './server/db/review-schema.ts', './server/db/publication-schema.ts'],
  out: './migrations',
});
