import type { DocumentLintRule } from '../lint-rule';
import { placedIn } from '../lint-context';
import { memoizePerSection } from '../memoize-per-section';
import { stableIdOf } from '../section-index';
import { findingAt, type LintFinding } from '../lint-finding';

/** The stable ids of a section's identified nodes, in the same order. */
const idsIn = memoizePerSection((section): readonly string[] => section.identifiedNodes.map((identified) => stableIdOf(identified.node) ?? ''));

/** Comments and cross-references find their target by id; a copy that kept the id would steal them. */
export const uniqueStableIds: DocumentLintRule = {
  id: 'unique-stable-ids',
  severity: 'error',
  description: {
    zh: '每个章、条、附录、表、图、公式、术语条目、引用文件、注和示例的标识应唯一。',
    en: 'Every clause, annex, table, figure, formula, term entry, reference, note and example has its own id.',
  },
  checkDocument(context) {
    const seen = new Set<string>();
    const findings: LintFinding[] = [];
    for (const section of context.sections) {
      const ids = idsIn(section.index);
      for (let index = 0; index < ids.length; index += 1) {
        const id = ids[index] ?? '';
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        findings.push(
          findingAt(
            placedIn(section, section.index.identifiedNodes[index] ?? section.index.itself),
            '此处内容与前面的内容使用了相同的标识，批注和交叉引用可能指向错误的位置；请剪切并重新粘贴该内容，使其获得新的标识。',
            'This element has the same id as an earlier one, so comments and cross-references may land on the wrong element; cut and paste it again so it gets a new id.',
          ),
        );
      }
    }
    return findings;
  },
};
