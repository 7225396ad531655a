/**
 * docx stamps the package's core properties with the moment of packing; the document carries its own date instead,
 * so a version always gives the same bytes. No user text goes in: the title lives on the cover.
 */
export function fixedCoreProperties(documentDate: Date): string {
  const stamp = documentDate.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    '<dc:creator>Normdraft</dc:creator>',
    '<cp:lastModifiedBy>Normdraft</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
