import { z } from 'zod';

/** What the client needs to know about the server before it shows anything: the body's time zone and public address. */
export const metaResponseSchema = z
  .object({
    /** IANA name of the time zone every date people read is shown in (BODY_TIME_ZONE). */
    timeZone: z.string(),
    /** The address the server is published at (PUBLIC_URL), when one is set. */
    publicUrl: z.string().optional(),
    /** Whether the server can make PDFs (LibreOffice is installed); the Word export works either way. */
    pdfExportAvailable: z.boolean(),
  })
  .meta({ id: 'Meta' });

export type MetaResponse = z.infer<typeof metaResponseSchema>;
