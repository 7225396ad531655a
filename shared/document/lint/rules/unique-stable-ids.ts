import type { DocumentLintRule } from '../lint-rule';
import { placedIn } from '../lint-context';
import { memoizePerSection } from '../memoize-per-section';
import { stableIdOf } from '../section-index';
import { findingAt, type LintFinding } from '../lint-finding';

/** A node whose id an earlier node already has: its section's place among the sections, and its place among the section's identified nodes. */
interface Duplicate {
  section: number;
  node: number;
}

interface DuplicateSearch {
  idsBySection: readonly (readonly string[])[];
  duplicates: readonly Duplicate[];
}

/** The stable ids of a section's identified nodes, in the same order. */
const idsIn = memoizePerSection((section): readonly string[] => section.identifiedNodes().map((identified) => stableIdOf(identified.node) ?? ''));

function sameIds(left: readonly string[], right: readonly string[] | undefined): boolean {
  if (left === right) return true;
  if (!right || left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) return false;
  }
  return true;
}

function searchDuplicates(idsBySection: readonly (readonly string[])[]): DuplicateSearch {
  const seen = new Set<string>();
  const duplicates: Duplicate[] = [];
  idsBySection.forEach((ids, section) => {
    ids.forEach((id, node) => {
      if (seen.has(id)) duplicates.push({ section, node });
      else seen.add(id);
    });
  });
  return { idsBySection, duplicates };
}

let lastSearch: DuplicateSearch | null = null;

/** Typing changes no id, so the last check's answer holds while every section lists the same ids; this spares a set of all ids per keystroke. */
function duplicatesAmong(idsBySection: readonly (readonly string[])[]): readonly Duplicate[] {
  const previous = lastSearch;
  const unchanged = previous !== null && previous.idsBySection.length === idsBySection.length && idsBySection.every((ids, section) => sameIds(ids, previous.idsBySection[section]));
  lastSearch = unchanged ? { idsBySection, duplicates: previous.duplicates } : searchDuplicates(idsBySection);
  return lastSearch.duplicates;
}

/** Comments and cross-references find their target by id; a copy that kept the id would steal them. */
export const uniqueStableIds: DocumentLintRule = {
  id: 'unique-stable-ids',
  severity: 'error',
  source: 'editor housekeeping',
  description: {
    zh: '每个章、条、附录、表、图、公式、术语条目、引用文件、注和示例的标识应唯一。',
    en: 'Every clause, annex, table, figure, formula, term entry, reference, note and example has its own id.',
  },
  checkDocument(context) {
    const findings: LintFinding[] = [];
    for (const duplicate of duplicatesAmong(context.sections.map((section) => idsIn(section.index)))) {
      const section = context.sections[duplicate.section];
      const identified = section?.index.identifiedNodes()[duplicate.node];
      if (!section || !identified) continue;
      findings.push(
        findingAt(
          placedIn(section, identified),
          '此处内容与前面的内容使用了相同的标识，批注和交叉引用可能指向错误的位置；请剪切并重新粘贴该内容，使其获得新的标识。',
          'This element has the same id as an earlier one, so comments and cross-references may land on the wrong element; cut and paste it again so it gets a new id.',
        ),
      );
    }
    return findings;
  },
};
