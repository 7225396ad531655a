import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument, type DocumentNumbering } from '../../shared/document/numbering';
import { outlineOf, type OutlineItem } from '../../shared/document/outline';
import { nodeNames } from '../../shared/editor/node-names';
import { coverFields, type CoverMetadata } from '../../shared/editor/preliminary-nodes';
import type { VersionRecord } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';

/** What the public page reads from the frozen version of an edition. */
export interface FrozenEditionText {
  document: ProseMirrorNode;
  numbering: DocumentNumbering;
  outline: OutlineItem[];
  cover: CoverMetadata;
  titleChinese: string;
  titleEnglish: string;
  /** The paragraphs of chapter 1 (范围). */
  scope: string[];
  patentStatement: string | null;
  /** The images the figures of this version show: the only ones the public page serves. */
  figureImageIds: ReadonlySet<string>;
}

function coverOf(document: ProseMirrorNode): CoverMetadata {
  const first = document.firstChild;
  const attributes: Record<string, unknown> = first?.type.name === nodeNames.cover ? first.attrs : {};
  return Object.fromEntries(coverFields.map((field) => [field, typeof attributes[field] === 'string' ? attributes[field].trim() : ''])) as CoverMetadata;
}

function scopeOf(document: ProseMirrorNode): string[] {
  let firstChapter: ProseMirrorNode | null = null;
  document.forEach((child) => {
    if (firstChapter === null && child.type.name === nodeNames.clause) firstChapter = child;
  });
  const paragraphs: string[] = [];
  (firstChapter as ProseMirrorNode | null)?.forEach((block) => {
    if (block.type.name === nodeNames.clauseTitle || block.type.name === nodeNames.clause) return;
    const text = block.textContent.trim();
    if (text !== '') paragraphs.push(text);
  });
  return paragraphs;
}

/** The 前言's paragraph about patents ("本文件的某些内容可能涉及专利…"), if it has one. */
function patentStatementOf(document: ProseMirrorNode): string | null {
  let statement: string | null = null;
  document.forEach((child) => {
    if (child.type.name !== nodeNames.foreword) return;
    child.forEach((paragraph) => {
      const text = paragraph.textContent.trim();
      if (statement === null && text.includes('专利')) statement = text;
    });
  });
  return statement;
}

function figureImageIdsOf(document: ProseMirrorNode): Set<string> {
  const found = new Set<string>();
  document.descendants((node) => {
    if (node.type.name === nodeNames.figure && typeof node.attrs.imageId === 'string' && node.attrs.imageId !== '') found.add(node.attrs.imageId);
    return true;
  });
  return found;
}

function readFrozenEditionText(version: VersionRecord): FrozenEditionText {
  const document = documentOfVersionState(new Uint8Array(version.state));
  const numbering = numberDocument(document);
  const cover = coverOf(document);
  return {
    document,
    numbering,
    outline: outlineOf(numbering),
    cover,
    titleChinese: version.metadata.title || cover.titleChinese,
    titleEnglish: version.metadata.titleEn?.trim() || cover.titleEnglish,
    scope: scopeOf(document),
    patentStatement: patentStatementOf(document),
    figureImageIds: figureImageIdsOf(document),
  };
}

/** Frozen versions never change, so what is read from one is kept; the oldest entries go first past the bound. */
const remembered = new Map<string, FrozenEditionText>();
const rememberedLimit = 500;

/** The text of the frozen version with this id; the version (and its state) is only loaded the first time. */
export function frozenEditionText(versionId: string, loadVersion: () => VersionRecord | undefined): FrozenEditionText | null {
  const known = remembered.get(versionId);
  if (known) return known;
  const version = loadVersion();
  if (!version) return null;
  const text = readFrozenEditionText(version);
  remembered.set(versionId, text);
  if (remembered.size > rememberedLimit) remembered.delete(remembered.keys().next().value ?? '');
  return text;
}
