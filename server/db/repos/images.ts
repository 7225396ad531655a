import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { images } from '../schema';

export type ImageRecord = typeof images.$inferSelect;

export function insertImage(database: Database, image: ImageRecord): void {
  database.insert(images).values(image).run();
}

export function findImageById(database: Database, id: string): ImageRecord | undefined {
  return database.select().from(images).where(eq(images.id, id)).get();
}
