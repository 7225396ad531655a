import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import temml from 'temml';
import { formulaToMathMl } from '../../../../shared/document/formula-math';
import { translate } from '../../../i18n/translate';

/**
 * A formula: its TeX typeset as MathML above the editable TeX. temml builds the MathML with DOM calls (no HTML
 * parsing of the drafter's text); TeX that does not parse shows as marked text with the reason.
 */
export function createFormulaView(initial: ProseMirrorNode): NodeView {
  let node = initial;
  let shownTex: string | null = null;
  const dom = document.createElement('div');
  dom.className = 'nd-formula';
  dom.dataset.type = 'formula';
  const math = document.createElement('div');
  math.className = 'nd-formula__math';
  math.contentEditable = 'false';
  math.dataset.testid = 'formula-math';
  const contentDOM = document.createElement('div');
  contentDOM.className = 'nd-formula__source';
  contentDOM.spellcheck = false;
  dom.append(math, contentDOM);

  function render(): void {
    const tex = node.textContent;
    if (tex === shownTex) return;
    shownTex = tex;
    math.replaceChildren();
    math.classList.remove('nd-formula__math--unreadable');
    if (tex.trim() === '') return;
    const converted = formulaToMathMl(tex);
    if (converted.kind === 'math') {
      temml.render(tex, math, { displayMode: true, throwOnError: false, trust: false, maxExpand: 200, maxSize: [20, 20] });
      return;
    }
    math.classList.add('nd-formula__math--unreadable');
    math.textContent = translate('formulaUnreadable', { reason: converted.reason });
  }
  render();

  return {
    dom,
    contentDOM,
    update(updated) {
      if (updated.type !== node.type) return false;
      node = updated;
      render();
      return true;
    },
    ignoreMutation(mutation: ViewMutationRecord) {
      return mutation.type !== 'selection' && math.contains(mutation.target);
    },
  };
}
