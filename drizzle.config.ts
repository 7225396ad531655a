import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./server/db/schema.ts', './server/db/review-schema.ts', './server/db/publication-schema.ts', './server/db/feedback-schema.ts', './server/db/explanatory-statement-schema.ts'],
  out: './migrations',
});
