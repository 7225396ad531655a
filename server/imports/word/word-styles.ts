import { attribute, elementChildren, firstChild, type XmlElement } from './xml-tree';

export interface WordStyle {
  name: string;
  basedOn: string | null;
  /** w:outlineLvl, 0 for a chapter heading. */
  outlineLevel: number | null;
  numbering: { numberingId: string; level: number } | null;
}

export interface WordNumberingLevel {
  format: string;
  text: string;
}

export interface WordStyles {
  /** The style's name and the names it is based on, nearest first ("heading 2", "标准文件_一级条标题"). */
  namesOf(styleId: string | undefined): string[];
  outlineLevelOf(styleId: string | undefined): number | null;
  numberingOf(styleId: string | undefined): { numberingId: string; level: number } | null;
}

function integer(value: string | undefined): number | null {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? parsed : null;
}

export function numberingPropertiesOf(properties: XmlElement | undefined): { numberingId: string; level: number } | null {
  const numbering = firstChild(properties, 'numPr');
  if (!numbering) return null;
  const numberingId = attribute(firstChild(numbering, 'numId'), 'val');
  if (!numberingId || numberingId === '0') return null;
  return { numberingId, level: integer(attribute(firstChild(numbering, 'ilvl'), 'val')) ?? 0 };
}

export function readWordStyles(tree: XmlElement | null): WordStyles {
  const styles = new Map<string, WordStyle>();
  const root = tree ? firstChild(tree, 'styles') : undefined;
  for (const style of root ? elementChildren(root, 'style') : []) {
    const id = attribute(style, 'styleId');
    if (!id) continue;
    const properties = firstChild(style, 'pPr');
    styles.set(id, {
      name: (attribute(firstChild(style, 'name'), 'val') ?? id).toLowerCase(),
      basedOn: attribute(firstChild(style, 'basedOn'), 'val') ?? null,
      outlineLevel: integer(attribute(firstChild(properties, 'outlineLvl'), 'val')),
      numbering: numberingPropertiesOf(properties),
    });
  }
  const chain = (styleId: string | undefined): WordStyle[] => {
    const found: WordStyle[] = [];
    let current = styleId ? styles.get(styleId) : undefined;
    while (current && found.length < 12 && !found.includes(current)) {
      found.push(current);
      current = current.basedOn ? styles.get(current.basedOn) : undefined;
    }
    return found;
  };
  return {
    namesOf: (styleId) => {
      const names = chain(styleId).map((style) => style.name);
      return names.length > 0 ? names : styleId ? [styleId.toLowerCase()] : [];
    },
    outlineLevelOf: (styleId) => chain(styleId).find((style) => style.outlineLevel !== null)?.outlineLevel ?? null,
    numberingOf: (styleId) => chain(styleId).find((style) => style.numbering !== null)?.numbering ?? null,
  };
}

export interface WordNumbering {
  levelOf(numberingId: string, level: number): WordNumberingLevel | null;
}

/** numbering.xml: a w:num points at a w:abstractNum whose w:lvl elements say each level's format and text ("%1.%2"). */
export function readWordNumbering(tree: XmlElement | null): WordNumbering {
  const root = tree ? firstChild(tree, 'numbering') : undefined;
  const abstract = new Map<string, Map<number, WordNumberingLevel>>();
  const instances = new Map<string, string>();
  for (const definition of root ? elementChildren(root, 'abstractNum') : []) {
    const levels = new Map<number, WordNumberingLevel>();
    for (const level of elementChildren(definition, 'lvl')) {
      const index = integer(attribute(level, 'ilvl'));
      if (index === null) continue;
      levels.set(index, { format: attribute(firstChild(level, 'numFmt'), 'val') ?? 'decimal', text: attribute(firstChild(level, 'lvlText'), 'val') ?? '' });
    }
    const id = attribute(definition, 'abstractNumId');
    if (id) abstract.set(id, levels);
  }
  for (const instance of root ? elementChildren(root, 'num') : []) {
    const id = attribute(instance, 'numId');
    const abstractId = attribute(firstChild(instance, 'abstractNumId'), 'val');
    if (id && abstractId) instances.set(id, abstractId);
  }
  return {
    levelOf: (numberingId, level) => abstract.get(instances.get(numberingId) ?? '')?.get(level) ?? null,
  };
}
