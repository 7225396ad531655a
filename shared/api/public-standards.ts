import { z } from 'zod';
import { publicationStatuses } from '../domain/publication-status';
import { maximumSearchQueryLength } from '../search/text-query';
import { bodyCodeSchema } from './standards';

/** `/t/:bodyCode/:edition` and `/api/public/standards/:bodyCode/:edition`: a body code and "012-2026". */
export const publicEditionParametersSchema = z.object({
  bodyCode: bodyCodeSchema,
  edition: z.string().regex(/^\d{1,6}-\d{4}$/, 'the edition is the sequence number and the year, e.g. 012-2026'),
});

export const publicBodyParametersSchema = z.object({ bodyCode: bodyCodeSchema });

/** At most this many editions in one page of the catalogue. */
export const maximumCatalogueLimit = 100;
export const defaultCatalogueLimit = 50;

/** The catalogue's query: a number, a title (Chinese or English) or an ICS code; a body code narrows it. */
export const catalogueQuerySchema = z.object({
  query: z.string().trim().max(maximumSearchQueryLength).optional(),
  bodyCode: bodyCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(maximumCatalogueLimit).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

const editionLinkSchema = z.object({ number: z.string(), address: z.string() });

const publishedFileSchema = z.object({
  address: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

export const publicProcessDocumentSchema = z.object({
  kind: z.enum(['comment_table', 'review_minutes', 'explanatory_statement']),
  title: z.string(),
  address: z.string(),
});

export const publicOutlineItemSchema = z.object({
  kind: z.enum(['foreword', 'introduction', 'clause', 'annex', 'bibliography']),
  number: z.string().nullable(),
  title: z.string(),
  level: z.number().int(),
  /** The fragment of the element on the public page, "#clause-…". */
  anchor: z.string().nullable(),
});

/** One published edition as the catalogue lists it. */
export const publicEditionSummarySchema = z
  .object({
    /** "T/CWA 012—2026". */
    number: z.string(),
    bodyCode: z.string(),
    sequenceNumber: z.string(),
    year: z.number().int(),
    titleChinese: z.string(),
    titleEnglish: z.string(),
    icsCode: z.string(),
    ccsCode: z.string(),
    status: z.enum(publicationStatuses),
    /** 现行 / 被代替 / 废止. */
    statusName: z.string(),
    publishedOn: z.string(),
    implementedOn: z.string(),
    withdrawnOn: z.string().nullable(),
    /** The public page, "/t/CWA/012-2026". */
    address: z.string(),
  })
  .meta({ id: 'PublicEditionSummary' });

/** Everything the public page of an edition shows except its full text. */
export const publicStandardSchema = publicEditionSummarySchema
  .extend({
    issuingBody: z.string(),
    draftingUnits: z.string(),
    principalDrafters: z.string(),
    /** The paragraphs of chapter 1 (范围). */
    scope: z.array(z.string()),
    /** The sentence of the 前言 about patents, when it has one. */
    patentStatement: z.string().nullable(),
    replaces: editionLinkSchema.nullable(),
    replacedBy: editionLinkSchema.nullable(),
    downloads: z.object({ docx: publishedFileSchema, pdf: publishedFileSchema }),
    processDocuments: z.array(publicProcessDocumentSchema),
    /** Where signed-in readers send implementation feedback (实施信息反馈) and complaints (投诉). */
    feedbackAddress: z.string(),
    complaintAddress: z.string(),
    outline: z.array(publicOutlineItemSchema),
  })
  .meta({ id: 'PublicStandard' });

export const publicCatalogueResponseSchema = z
  .object({
    query: z.string(),
    bodyCode: z.string().nullable(),
    /** How many editions match, of which `editions` is the page from `offset`. */
    total: z.number().int().nonnegative(),
    limit: z.number().int(),
    offset: z.number().int(),
    /** Current editions first, then replaced and withdrawn ones; newest publication first within each. */
    editions: z.array(publicEditionSummarySchema),
  })
  .meta({ id: 'PublicCatalogue' });

export type PublicEditionSummary = z.infer<typeof publicEditionSummarySchema>;
export type PublicStandard = z.infer<typeof publicStandardSchema>;
export type PublicCatalogueResponse = z.infer<typeof publicCatalogueResponseSchema>;
export type PublicProcessDocument = z.infer<typeof publicProcessDocumentSchema>;
export type PublicOutlineItem = z.infer<typeof publicOutlineItemSchema>;
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
