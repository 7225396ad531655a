import type { CoverField } from '../editor/preliminary-nodes';

/** The project facts the cover prints. The project record is their single source; the cover only shows them. */
export interface ProjectCoverFacts {
  title: string;
  titleEn: string | null;
  bodyCode: string | null;
  sequenceNumber: string | null;
}

/** Cover fields owned by the project record: shown read-only in the cover form, re-asserted by the server. */
export const projectOwnedCoverFields = ['titleChinese', 'titleEnglish', 'bodyCode', 'sequenceNumber'] as const satisfies readonly CoverField[];

export type ProjectOwnedCoverField = (typeof projectOwnedCoverFields)[number];

export function isProjectOwnedCoverField(field: CoverField): field is ProjectOwnedCoverField {
  return (projectOwnedCoverFields as readonly CoverField[]).includes(field);
}

/** The values the cover must hold for the project-owned fields. */
export function projectCoverFields(project: ProjectCoverFacts): Record<ProjectOwnedCoverField, string> {
  return {
    titleChinese: project.title,
    titleEnglish: project.titleEn ?? '',
    bodyCode: project.bodyCode ?? '',
    sequenceNumber: project.sequenceNumber ?? '',
  };
}
