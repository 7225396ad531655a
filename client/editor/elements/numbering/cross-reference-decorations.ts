import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { crossReferenceText } from '../../../../shared/document/cross-reference';
import type { DocumentNumbering } from '../../../../shared/document/numbering';
import { nodeNames } from '../../../../shared/editor/node-names';
import { derivedLabelSpec } from './derived-label';
import type { DerivedTexts } from './derived-texts';

/** Each cross-reference gets its target's current text, or the broken state when the target is gone. */
export function crossReferenceDecorations(standard: ProseMirrorNode, numbering: DocumentNumbering, texts: DerivedTexts): Decoration[] {
  const decorations: Decoration[] = [];
  standard.descendants((node, position) => {
    if (node.type.name !== nodeNames.crossReference) return true;
    const targetId = String(node.attrs.targetId ?? '');
    const text = targetId ? crossReferenceText(numbering, targetId) : null;
    const target = numbering.byId.get(targetId);
    const attributes =
      text === null
        ? { 'data-broken': 'true', title: texts.crossReferenceBrokenTitle }
        : { 'data-broken': 'false', title: target && target.title ? `${target.label}\u3000${target.title}` : text };
    decorations.push(Decoration.node(position, position + node.nodeSize, attributes, derivedLabelSpec(text ?? texts.crossReferenceBrokenText)));
    return false;
  });
  return decorations;
}
