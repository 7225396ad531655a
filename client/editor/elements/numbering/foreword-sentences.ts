import type { CoverMetadata } from '../../../../shared/editor/preliminary-nodes';

type ForewordFields = Pick<CoverMetadata, 'proposingUnit' | 'administeringUnit' | 'draftingUnits' | 'principalDrafters'>;

/** The sentences GB/T 1.1 prints in the 前言 from the cover metadata; document text, so always Chinese. */
export function forewordSentences(cover: Partial<ForewordFields>): string[] {
  const filled = (value: string | undefined) => (value ?? '').trim().replace(/[。.]+$/u, '');
  const sentences: string[] = [];
  const proposing = filled(cover.proposingUnit);
  const administering = filled(cover.administeringUnit);
  const drafting = filled(cover.draftingUnits);
  const drafters = filled(cover.principalDrafters);
  if (proposing) sentences.push(`本文件由${proposing}提出。`);
  if (administering) sentences.push(`本文件由${administering}归口。`);
  if (drafting) sentences.push(`本文件起草单位：${drafting}。`);
  if (drafters) sentences.push(`本文件主要起草人：${drafters}。`);
  return sentences;
}
