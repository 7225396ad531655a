export type NumberedKind =
  | 'foreword'
  | 'introduction'
  | 'clause'
  | 'annex'
  | 'bibliography'
  | 'table'
  | 'figure'
  | 'formula'
  | 'term'
  | 'reference'
  | 'note'
  | 'example'
  | 'footnote'
  | 'tableFootnote';

export interface NumberedElement {
  id: string | null;
  kind: NumberedKind;
  /** Position of the node in the document. */
  position: number;
  /** The bare number: "5.2", "A", "A.1", "3" for 表3, "2" for 注2; null where the element has none. */
  number: string | null;
  /** What is printed at the element: "5.2", "附录A", "表A.1", "图1", "(3)", "3.1", "注2：", "示例：", "1)", "a". */
  label: string;
  /** 1 for chapters, annexes and unnumbered sections; +1 per nesting level. */
  level: number;
  title: string;
}

export interface DocumentNumbering {
  elements: NumberedElement[];
  byId: ReadonlyMap<string, NumberedElement>;
  byPosition: ReadonlyMap<number, NumberedElement>;
}
