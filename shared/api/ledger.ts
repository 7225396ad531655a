import { z } from 'zod';

/** The largest record-log export the public verification page checks. */
export const maximumLedgerExportBytes = 16 * 1024 * 1024;

/** What gets a record in the tamper-evident log; review votes use the same log. */
export const ledgerRecordKinds = [
  'comment.submitted',
  'comment.edited',
  'comment.withdrawn',
  'reply.published',
  'disposition.recorded',
  'reaction.recorded',
  'comment_period.opened',
  'comment_period.extended',
  'comment_period.closed',
  'comment_period.invited',
  'member.role_changed',
  'member.removed',
  'review.created',
  'review.panel_set',
  'review.materials_published',
  'review.attachment_added',
  'review.attendance_recorded',
  'review.opinion_recorded',
  'review.opinion_answered',
  'motion.added',
  'motion.opened',
  'vote.cast',
  'motion.closed',
  'standard.number_assigned',
  'standard.published',
  'periodic_review.started',
  'periodic_review.concluded',
  'feedback.submitted',
  'feedback.answered',
  'complaint.lodged',
  'complaint.step_recorded',
] as const;

export type LedgerRecordKind = (typeof ledgerRecordKinds)[number];

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lowercase hex');

/** The authenticated person who caused the event; null only for what the server does on its own (a period ending). */
export const ledgerActorSchema = z.strictObject({ userId: z.string().min(1), username: z.string().min(1) });

/**
 * One record exactly as it is hashed: its RFC 8785 canonical JSON text is what `previousHash` of the next record and
 * the Merkle leaves are computed from. Unknown kinds are accepted so that an older verifier can still check a newer log.
 */
export const ledgerRecordSchema = z
  .strictObject({
    sequence: z.number().int().positive(),
    timestamp: z.iso.datetime(),
    actor: ledgerActorSchema.nullable(),
    kind: z.string().min(1),
    standardId: z.string().min(1),
    subjectId: z.string().min(1),
    /** Parsed from JSON text, so every value is JSON; each kind's readers parse it with their own schema. */
    payload: z.record(z.string(), z.unknown()),
    previousHash: sha256HexSchema,
    /** This record's number among the records of its standard (1, 2, 3 ...), so a standard's records form their own chain. */
    standardSequence: z.number().int().positive(),
    /** The hash of the previous record of the same standard; the genesis hash for its first record. */
    previousStandardHash: sha256HexSchema,
  })
  .meta({ id: 'LedgerRecord' });

export type LedgerRecord = z.infer<typeof ledgerRecordSchema>;

export const checkpointFormat = 'normdraft-ledger-checkpoint/v2';
/** Checkpoints signed before they committed to each standard's head: verifiable, but they prove no standard complete. */
export const checkpointFormatWithoutStandardHeads = 'normdraft-ledger-checkpoint/v1';

/**
 * An RFC 6962 Merkle tree root over the first `treeSize` records, signed with the server's Ed25519 key. The signature
 * covers the RFC 8785 text of {format, publicKey, rootHash, timestamp, treeSize}; `checkpointHash` is the SHA-256 of
 * that text and is what the exported comment tables print.
 */
export const signedCheckpointSchema = z
  .strictObject({
    format: z.enum([checkpointFormat, checkpointFormatWithoutStandardHeads]),
    treeSize: z.number().int().nonnegative(),
    rootHash: sha256HexSchema,
    /**
     * RFC 6962 root over every standard's head at treeSize, sorted by standard id: the leaf of a standard is the
     * RFC 8785 text of {count, lastHash, standardId}. With it a standard's export shows that none of its records is left out.
     */
    standardHeadsRoot: sha256HexSchema.optional(),
    /** How many standards have records at treeSize: the size of the heads tree. */
    standardCount: z.number().int().nonnegative().optional(),
    timestamp: z.iso.datetime(),
    /** The raw 32-byte Ed25519 public key, base64. */
    publicKey: z.string().min(1),
    /** The 64-byte Ed25519 signature, base64. */
    signature: z.string().min(1),
    checkpointHash: sha256HexSchema,
  })
  .meta({ id: 'SignedCheckpoint' });

export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>;

export const ledgerProblemCodes = [
  'record_missing',
  'record_changed',
  'record_not_canonical',
  'record_malformed',
  'record_reordered',
  'record_inserted',
  'chain_broken',
  'record_differs_from_checkpoint',
  'records_removed_after_checkpoint',
  'checkpoint_signature_invalid',
  'checkpoint_signed_by_another_key',
  'checkpoint_removed',
  'checkpoint_altered',
  'export_malformed',
  'record_outside_export_scope',
  'inclusion_proof_invalid',
  'standard_record_missing',
  'standard_records_missing_at_end',
  'standard_head_missing',
  'standard_head_invalid',
  'table_row_differs',
  'table_row_missing',
  'table_row_unrecorded',
] as const;

export type LedgerProblemCode = (typeof ledgerProblemCodes)[number];

/**
 * The first thing found wrong, with the sequence number (position in the log) where it was found. When a row of the
 * tables people read disagrees with the log: the table, the row's id and (for a changed row) the field; `sequence` is
 * then the record that created the row (0 for a row no record created).
 */
export const ledgerProblemSchema = z
  .strictObject({
    code: z.enum(ledgerProblemCodes),
    sequence: z.number().int().nonnegative(),
    message: z.string(),
    table: z.string().optional(),
    rowId: z.string().optional(),
    field: z.string().optional(),
  })
  .meta({ id: 'LedgerProblem' });

export type LedgerProblem = z.infer<typeof ledgerProblemSchema>;

export const ledgerVerificationSchema = z
  .object({
    ok: z.boolean(),
    /** Rows in the log. */
    entries: z.number().int().nonnegative(),
    lastSequence: z.number().int().nonnegative(),
    /** RFC 6962 root over every row as stored now. */
    root: sha256HexSchema,
    publicKey: z.string(),
    /** The newest signed checkpoint (when the log is intact, one that covers every record). */
    checkpoint: signedCheckpointSchema.nullable(),
    problem: ledgerProblemSchema.optional(),
  })
  .meta({ id: 'LedgerVerification' });

export type LedgerVerification = z.infer<typeof ledgerVerificationSchema>;

export const ledgerCheckpointResponseSchema = z.object({ checkpoint: signedCheckpointSchema }).meta({ id: 'LedgerCheckpointResponse' });

export const ledgerPublicKeyResponseSchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    /** The raw 32-byte key, base64: what checkpoints carry and what the UI shows. */
    publicKey: z.string(),
    /** The same key as an SPKI PEM block, for tools such as openssl. */
    publicKeyPem: z.string(),
  })
  .meta({ id: 'LedgerPublicKey' });

export type LedgerPublicKeyResponse = z.infer<typeof ledgerPublicKeyResponseSchema>;

export const ledgerExportFormat = 'normdraft-ledger-export/v1';

/**
 * An export verifiable offline: a signed checkpoint and the records behind it. With scope `all` the records are every
 * record up to the checkpoint's tree size, in order. With scope `standard` they are that standard's records only, each
 * with its RFC 6962 inclusion proof (hashes from the leaf upwards) against the checkpoint's root.
 */
export const ledgerExportSchema = z
  .strictObject({
    format: z.literal(ledgerExportFormat),
    exportedAt: z.iso.datetime(),
    scope: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('all') }), z.strictObject({ kind: z.literal('standard'), standardId: z.string().min(1) })]),
    checkpoint: signedCheckpointSchema,
    records: z.array(z.strictObject({ canonical: z.string(), inclusionProof: z.array(sha256HexSchema).optional() })),
    /** Scope `standard`: the standard's head as the checkpoint signed it, with its inclusion proof in the heads tree. */
    standardHead: z
      .strictObject({ count: z.number().int().nonnegative(), lastHash: sha256HexSchema, leafIndex: z.number().int().nonnegative(), inclusionProof: z.array(sha256HexSchema) })
      .optional(),
  })
  .meta({ id: 'LedgerExport' });

export type LedgerExport = z.infer<typeof ledgerExportSchema>;

/** Path parameters of the public checkpoint lookup. */
export const checkpointHashParametersSchema = z.object({ hash: sha256HexSchema });

/** What anyone may learn about a checkpoint hash printed in a table: whether this site signed it, when, over how many records. */
export const publicCheckpointLookupSchema = z
  .object({
    signed: z.boolean(),
    checkpoint: z.object({ checkpointHash: sha256HexSchema, treeSize: z.number().int().nonnegative(), timestamp: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'PublicCheckpointLookup' });

export type PublicCheckpointLookup = z.infer<typeof publicCheckpointLookupSchema>;

/** The answer to an uploaded export: verifies or not, what it proves, and the first problem. No record content. */
export const publicExportVerificationSchema = z
  .object({
    ok: z.boolean(),
    proves: z.string().nullable(),
    records: z.number().int().nonnegative(),
    /** Whether the checkpoint it rests on is one this site stored when signing. */
    checkpointKnown: z.boolean(),
    checkpoint: z.object({ checkpointHash: sha256HexSchema, treeSize: z.number().int().nonnegative(), timestamp: z.iso.datetime() }).nullable(),
    scope: z.object({ kind: z.enum(['all', 'standard']), standardId: z.string().optional() }).nullable(),
    problem: ledgerProblemSchema.optional(),
  })
  .meta({ id: 'PublicExportVerification' });

export type PublicExportVerification = z.infer<typeof publicExportVerificationSchema>;
