import { z } from 'zod';

/** Figure images a standard may hold; SVG is left out because it can carry scripts. */
export const acceptedImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export const maximumImageBytes = 5 * 1024 * 1024;

export const uploadedImageSchema = z
  .object({
    id: z.string(),
    contentType: z.enum(acceptedImageTypes),
    size: z.number().int().positive(),
  })
  .meta({ id: 'UploadedImage' });

export type UploadedImage = z.infer<typeof uploadedImageSchema>;
