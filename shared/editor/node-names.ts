/** Every node type of a standard; the names are the contract between schema, numbering, checker and exports. */
export const nodeNames = {
  document: 'doc',
  cover: 'cover',
  foreword: 'foreword',
  introduction: 'introduction',
  clause: 'clause',
  clauseTitle: 'clauseTitle',
  paragraph: 'paragraph',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  note: 'note',
  example: 'example',
  tableBlock: 'tableBlock',
  tableTitle: 'tableTitle',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'tableHeader',
  tableCell: 'tableCell',
  tableNote: 'tableNote',
  tableFootnote: 'tableFootnote',
  figure: 'figure',
  figureTitle: 'figureTitle',
  formula: 'formula',
  formulaExplanation: 'formulaExplanation',
  footnote: 'footnote',
  crossReference: 'crossReference',
  termEntry: 'termEntry',
  termChinese: 'termChinese',
  termEnglish: 'termEnglish',
  termDefinition: 'termDefinition',
  termSource: 'termSource',
  referenceEntry: 'referenceEntry',
  annex: 'annex',
  annexTitle: 'annexTitle',
  bibliography: 'bibliography',
} as const;

/** Nodes that carry a stable `id`, so comments, cross-references and diffs can point at them. */
export const nodeTypesWithStableIdentifiers: string[] = [
  nodeNames.clause,
  nodeNames.annex,
  nodeNames.tableBlock,
  nodeNames.figure,
  nodeNames.formula,
  nodeNames.termEntry,
  nodeNames.referenceEntry,
  nodeNames.note,
  nodeNames.example,
];

/** The blocks allowed in the body of a chapter, a clause or an annex. */
export const clauseBodyGroup = 'clauseBody';
