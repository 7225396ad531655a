import type { EditorView } from '@tiptap/pm/view';
import { Decoration } from '@tiptap/pm/view';
import type { DerivedTexts } from './derived-texts';

function toggleNormative(view: EditorView, annexPosition: number): void {
  if (!view.editable) return;
  const annex = view.state.doc.nodeAt(annexPosition);
  if (!annex) return;
  view.dispatch(view.state.tr.setNodeAttribute(annexPosition, 'normative', annex.attrs.normative !== true));
}

/** "附录A" and "(规范性)"/"(资料性)" above an annex title; the kind is a button that switches it. */
export function annexHeadingWidget(annexPosition: number, label: string, normative: boolean, texts: DerivedTexts): Decoration {
  const kind = normative ? '（规范性）' : '（资料性）';
  const hint = normative ? texts.switchToInformative : texts.switchToNormative;
  return Decoration.widget(
    annexPosition + 1,
    (view, getPosition) => {
      const heading = document.createElement('div');
      heading.className = 'nd-annex-heading';
      heading.contentEditable = 'false';
      const letter = document.createElement('div');
      letter.className = 'nd-annex-heading__label';
      letter.dataset.testid = 'annex-label';
      letter.textContent = label;
      const kindButton = document.createElement('button');
      kindButton.type = 'button';
      kindButton.className = 'nd-annex-heading__kind';
      kindButton.dataset.testid = 'annex-kind';
      kindButton.dataset.normative = String(normative);
      kindButton.textContent = kind;
      kindButton.addEventListener('mouseenter', () => {
        kindButton.title = view.editable ? hint : '';
      });
      kindButton.addEventListener('click', () => {
        const widgetPosition = getPosition();
        if (widgetPosition !== undefined) toggleNormative(view, widgetPosition - 1);
      });
      heading.append(letter, kindButton);
      return heading;
    },
    {
      side: -1,
      ignoreSelection: true,
      stopEvent: (event) => event.type === 'click' || event.type === 'mousedown',
      key: `annex:${label}:${String(normative)}:${hint}`,
    },
  );
}
