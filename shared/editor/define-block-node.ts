import { Node, mergeAttributes, type NodeConfig } from '@tiptap/core';

interface BlockNodeDefinition {
  name: string;
  content: string;
  group?: string;
  /** The HTML element and the `data-type` it is parsed from and rendered as. */
  tag: string;
  attributes?: NodeConfig['addAttributes'];
  marks?: string;
  inline?: boolean;
  atom?: boolean;
  isolating?: boolean;
}

/** A schema-only node: parsed from and rendered to `<tag data-type="name" class="nd-name">`. */
export function defineBlockNode(definition: BlockNodeDefinition): Node {
  const dataType = definition.name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return Node.create({
    name: definition.name,
    group: definition.group,
    content: definition.content,
    marks: definition.marks,
    inline: definition.inline ?? false,
    atom: definition.atom ?? false,
    defining: true,
    isolating: definition.isolating ?? false,
    addAttributes: definition.attributes,
    parseHTML() {
      return [{ tag: `${definition.tag}[data-type="${dataType}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      const attributes = mergeAttributes(HTMLAttributes, { 'data-type': dataType, class: `nd-${dataType}` });
      return definition.content === '' ? [definition.tag, attributes] : [definition.tag, attributes, 0];
    },
  });
}

/** An attribute kept in the document and written to HTML as `data-<name>`. */
export function dataAttribute<Value extends string | number | boolean | null>(name: string, defaultValue: Value) {
  const htmlName = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  return {
    default: defaultValue,
    parseHTML: (element: HTMLElement) => {
      const value = element.getAttribute(htmlName);
      if (value === null) return defaultValue;
      if (typeof defaultValue === 'boolean') return value === 'true';
      if (typeof defaultValue === 'number') return Number(value);
      return value;
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [htmlName]: attributes[name] === null ? undefined : String(attributes[name]) }),
  };
}
