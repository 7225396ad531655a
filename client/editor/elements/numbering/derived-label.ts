import type { Decoration } from '@tiptap/pm/view';

/** The spec an inline atom's decoration carries so its node view can print the derived text. */
export interface DerivedLabelSpec {
  derivedLabel: string;
}

export function derivedLabelSpec(label: string): DerivedLabelSpec {
  return { derivedLabel: label };
}

/** The derived text found among a node view's decorations, or null when the numbering has not reached it yet. */
export function derivedLabelOf(decorations: readonly Decoration[]): string | null {
  for (const decoration of decorations) {
    const spec: unknown = decoration.spec;
    if (typeof spec === 'object' && spec !== null && 'derivedLabel' in spec && typeof spec.derivedLabel === 'string') return spec.derivedLabel;
  }
  return null;
}
