import { z } from 'zod';
import { lintIssueSchema, localizedTextSchema } from './document-structure';

export const wordDocumentContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const wordImportNoteSchema = z
  .object({
    kind: z.enum(['text_box', 'comment', 'tracked_change', 'header_footer', 'object', 'image', 'table_of_contents', 'unrecognised']),
    where: z.string(),
    message: localizedTextSchema,
  })
  .meta({ id: 'WordImportNote' });

export const mappedElementKinds = ['clauses', 'annexes', 'terms', 'references', 'tables', 'figures', 'formulas', 'notes', 'examples', 'footnotes', 'lists', 'crossReferences', 'coverFields'] as const;

export const wordImportReportSchema = z
  .object({
    /** How many of each element the file gave the draft. */
    mapped: z.record(z.enum(mappedElementKinds), z.number().int().min(0)),
    /** What could not be mapped, with where it was; such content stays as plain paragraphs in place or is named here. */
    notMapped: z.array(wordImportNoteSchema),
    /** The structure checker on the imported draft. */
    findings: z.array(lintIssueSchema),
  })
  .meta({ id: 'WordImportReport' });

export const standardImportResponseSchema = z.object({ standardId: z.string(), report: wordImportReportSchema }).meta({ id: 'StandardImport' });
export const draftImportResponseSchema = z.object({ versionId: z.string(), report: wordImportReportSchema }).meta({ id: 'DraftImport' });

export type WordImportNote = z.infer<typeof wordImportNoteSchema>;
export type MappedElementKind = (typeof mappedElementKinds)[number];
export type WordImportReport = z.infer<typeof wordImportReportSchema>;
export type StandardImportResponse = z.infer<typeof standardImportResponseSchema>;
export type DraftImportResponse = z.infer<typeof draftImportResponseSchema>;
