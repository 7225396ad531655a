import { wordFileRefused } from './word-file-refused';
import { ommlToTex } from './omml-to-tex';
import type { WordBlock, WordParagraph, WordTable, WordTableCell, WordTableRow } from './word-blocks';
import type { WordImportLimits, WordImportNote } from './word-import';
import type { WordPackage } from './word-package';
import { numberingPropertiesOf, readWordNumbering, readWordStyles, type WordNumbering, type WordStyles } from './word-styles';
import { attribute, descendants, elementChildren, firstChild, textContent, type XmlElement } from './xml-tree';

type PendingNote = Pick<WordImportNote, 'kind' | 'message'>;

/** Elements that only wrap content (content controls, custom XML, smart tags, moved-to text). */
const wrappers = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'moveTo', 'fldSimple', 'hyperlink', 'dir', 'bdo']);

class BlockReader {
  private readonly styles: WordStyles;
  private readonly numbering: WordNumbering;
  private readonly footnotes = new Map<string, string>();
  private readonly comments = new Map<string, string>();
  private readonly seenComments = new Set<string>();
  private paragraphs = 0;
  readonly images: Array<{ placeholderId: string; bytes: Buffer }> = [];
  readonly skippedImages: string[] = [];

  constructor(
    private readonly wordPackage: WordPackage,
    private readonly limits: WordImportLimits,
  ) {
    this.styles = readWordStyles(wordPackage.styles);
    this.numbering = readWordNumbering(wordPackage.numbering);
    const footnotesRoot = wordPackage.footnotes ? firstChild(wordPackage.footnotes, 'footnotes') : undefined;
    for (const footnote of footnotesRoot ? elementChildren(footnotesRoot, 'footnote') : []) {
      const id = attribute(footnote, 'id');
      const type = attribute(footnote, 'type');
      if (id && (type === undefined || type === 'normal')) this.footnotes.set(id, descendants(footnote, 'p').map(visibleText).join('\n').trim());
    }
    const commentsRoot = wordPackage.comments ? firstChild(wordPackage.comments, 'comments') : undefined;
    for (const comment of commentsRoot ? elementChildren(commentsRoot, 'comment') : []) {
      const id = attribute(comment, 'id');
      if (id) this.comments.set(id, `${descendants(comment, 'p').map(visibleText).join(' ').trim()}${attribute(comment, 'author') ? `（${attribute(comment, 'author')}）` : ''}`);
    }
  }

  blocksOf(container: XmlElement, notes: PendingNote[]): WordBlock[] {
    const blocks: WordBlock[] = [];
    for (const child of elementChildren(container)) {
      if (child.name === 'p') blocks.push(...this.paragraphBlocks(child));
      else if (child.name === 'tbl') blocks.push(this.table(child));
      else if (child.name === 'sdt') {
        const gallery = attribute(descendants(firstChild(child, 'sdtPr') ?? child, 'docPartGallery')[0], 'val') ?? '';
        if (/table of contents/i.test(gallery)) notes.push({ kind: 'table_of_contents', message: { zh: '文件中的目次未导入：产品按章条标题自动生成目次。', en: 'The table of contents was not imported: the product makes it from the headings.' } });
        else blocks.push(...this.blocksOf(firstChild(child, 'sdtContent') ?? child, notes));
      } else if (wrappers.has(child.name)) blocks.push(...this.blocksOf(child, notes));
      else if (child.name === 'altChunk') notes.push({ kind: 'object', message: { zh: '嵌入的其他文件（altChunk）未导入。', en: 'An embedded document (altChunk) was not imported.' } });
    }
    return blocks;
  }

  private countParagraph(): void {
    this.paragraphs += 1;
    if (this.paragraphs > this.limits.maximumParagraphs) {
      throw wordFileRefused(
        `文件中的段落超过 ${this.limits.maximumParagraphs} 个，超出导入的上限。请删去空段落或拆分文件后再上传。`,
        `The file holds more than ${this.limits.maximumParagraphs} paragraphs, more than the import reads. Split the document or remove empty paragraphs, and upload it again.`,
      );
    }
  }

  /** A paragraph, and after it the paragraphs of any text box it anchors (kept as plain paragraphs in place). */
  private paragraphBlocks(element: XmlElement): WordBlock[] {
    this.countParagraph();
    const properties = firstChild(element, 'pPr');
    const styleId = attribute(firstChild(properties, 'pStyle'), 'val');
    const numbering = numberingPropertiesOf(properties) ?? this.styles.numberingOf(styleId);
    const level = numbering ? this.numbering.levelOf(numbering.numberingId, numbering.level) : null;
    const paragraph: WordParagraph = {
      kind: 'paragraph',
      styleNames: this.styles.namesOf(styleId),
      outlineLevel: this.outlineLevelOf(properties) ?? this.styles.outlineLevelOf(styleId),
      numbering: numbering && level ? { level: numbering.level, format: level.format, text: level.text } : null,
      pieces: [],
      text: '',
      bold: false,
      formula: null,
      notes: [],
    };
    const boldRuns: boolean[] = [];
    const textBoxes: XmlElement[] = [];
    this.readInline(element, paragraph, boldRuns, textBoxes);
    paragraph.text = paragraph.pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('');
    paragraph.bold = boldRuns.length > 0 && boldRuns.every(Boolean);
    const extra: WordBlock[] = [];
    for (const box of textBoxes) {
      paragraph.notes.push({ kind: 'text_box', message: { zh: '文本框的内容已作为普通段落放在原处，请检查其位置。', en: 'A text box’s content was put in place as plain paragraphs; check where it belongs.' } });
      extra.push(...this.blocksOf(box, paragraph.notes));
    }
    return [paragraph, ...extra];
  }

  private outlineLevelOf(properties: XmlElement | undefined): number | null {
    const value = Number.parseInt(attribute(firstChild(properties, 'outlineLvl'), 'val') ?? '', 10);
    return Number.isFinite(value) ? value : null;
  }

  private readInline(container: XmlElement, paragraph: WordParagraph, boldRuns: boolean[], textBoxes: XmlElement[]): void {
    for (const child of elementChildren(container)) {
      switch (child.name) {
        case 'r':
          this.readRun(child, paragraph, boldRuns, textBoxes);
          break;
        case 'ins':
          paragraph.notes.push({ kind: 'tracked_change', message: { zh: '修订标记中插入的文字已按接受修订导入。', en: 'Text inserted with tracked changes was imported as accepted.' } });
          this.readInline(child, paragraph, boldRuns, textBoxes);
          break;
        case 'del':
        case 'moveFrom':
          if (textContent(child).trim() !== '') paragraph.notes.push({ kind: 'tracked_change', message: { zh: `修订标记中删除的文字“${textContent(child).trim().slice(0, 40)}”未导入。`, en: `Text deleted with tracked changes ("${textContent(child).trim().slice(0, 40)}") was not imported.` } });
          break;
        case 'oMath':
        case 'oMathPara':
          paragraph.formula = [paragraph.formula, ommlToTex(child)].filter((part) => part !== null && part !== '').join(' ');
          break;
        case 'commentRangeStart':
          this.noteComment(attribute(child, 'id'), paragraph);
          break;
        default:
          if (wrappers.has(child.name)) this.readInline(child.name === 'sdt' ? (firstChild(child, 'sdtContent') ?? child) : child, paragraph, boldRuns, textBoxes);
      }
    }
  }

  private noteComment(id: string | undefined, paragraph: WordParagraph): void {
    if (id === undefined || this.seenComments.has(id)) return;
    this.seenComments.add(id);
    const text = (this.comments.get(id) ?? '').slice(0, 80);
    paragraph.notes.push({ kind: 'comment', message: { zh: `Word 批注未导入：“${text}”。`, en: `A Word comment was not imported: "${text}".` } });
  }

  private readRun(run: XmlElement, paragraph: WordParagraph, boldRuns: boolean[], textBoxes: XmlElement[]): void {
    const runProperties = firstChild(run, 'rPr');
    const boldElement = firstChild(runProperties, 'b');
    const bold = boldElement !== undefined && !['0', 'false', 'off'].includes(attribute(boldElement, 'val') ?? '');
    const push = (text: string): void => {
      if (text === '') return;
      const last = paragraph.pieces.at(-1);
      if (last?.kind === 'text') last.text += text;
      else paragraph.pieces.push({ kind: 'text', text });
      if (text.trim() !== '') boldRuns.push(bold);
    };
    for (const child of elementChildren(run)) {
      switch (child.name) {
        case 't':
          push(textContent(child));
          break;
        case 'tab':
          push('\t');
          break;
        case 'br':
        case 'cr':
          push('\n');
          break;
        case 'noBreakHyphen':
          push('-');
          break;
        case 'sym': {
          const code = Number.parseInt(attribute(child, 'char') ?? '', 16);
          if (Number.isFinite(code) && code >= 0x20 && code < 0xf000) push(String.fromCodePoint(code));
          break;
        }
        case 'footnoteReference': {
          const text = this.footnotes.get(attribute(child, 'id') ?? '');
          if (text !== undefined) paragraph.pieces.push({ kind: 'footnote', text });
          break;
        }
        case 'commentReference':
          this.noteComment(attribute(child, 'id'), paragraph);
          break;
        case 'drawing':
        case 'pict':
          this.readDrawing(child, paragraph, textBoxes);
          break;
        case 'AlternateContent': {
          const choice = firstChild(child, 'Choice') ?? firstChild(child, 'Fallback');
          if (choice) this.readRun({ ...run, children: choice.children }, paragraph, boldRuns, textBoxes);
          break;
        }
        case 'object':
          paragraph.notes.push({ kind: 'object', message: { zh: '嵌入对象（如 MathType 公式或 Visio 图）未导入，请在编辑器中重新插入。', en: 'An embedded object (such as a MathType equation or a Visio drawing) was not imported; insert it again in the editor.' } });
          break;
        default:
          break;
      }
    }
  }

  private readDrawing(drawing: XmlElement, paragraph: WordParagraph, textBoxes: XmlElement[]): void {
    textBoxes.push(...descendants(drawing, 'txbxContent'));
    const blips = [...descendants(drawing, 'blip'), ...descendants(drawing, 'imagedata')];
    for (const blip of blips) {
      const relationshipId = attribute(blip, 'embed') ?? attribute(blip, 'id');
      const target = relationshipId ? this.wordPackage.relationships.get(relationshipId) : undefined;
      const bytes = target && !target.external ? this.wordPackage.media.get(target.target) : undefined;
      if (!bytes) {
        paragraph.notes.push({ kind: 'image', message: { zh: '一幅图片的数据在文件中找不到（关系损坏或为外部链接），未导入。', en: 'An image’s data is missing from the file (a broken or external relationship); it was not imported.' } });
        continue;
      }
      if (bytes.byteLength > this.limits.maximumImageBytes || this.images.length >= this.limits.maximumImages) {
        paragraph.notes.push({ kind: 'image', message: { zh: `一幅图片超过 ${Math.round(this.limits.maximumImageBytes / 1024 / 1024)} MiB 或图片过多，未导入；请压缩后在编辑器中上传。`, en: `An image is larger than ${Math.round(this.limits.maximumImageBytes / 1024 / 1024)} MiB or there are too many; it was not imported. Compress it and upload it in the editor.` } });
        continue;
      }
      const placeholderId = `imported-image-${this.images.length + 1}`;
      this.images.push({ placeholderId, bytes });
      paragraph.pieces.push({ kind: 'image', placeholderId });
      break;
    }
  }

  private table(element: XmlElement): WordTable {
    const notes: PendingNote[] = [];
    const rows: WordTableRow[] = [];
    /** The cell that a vertical merge continues, by grid column. */
    const merging = new Map<number, WordTableCell>();
    for (const row of elementChildren(element, 'tr')) {
      const header = firstChild(firstChild(row, 'trPr'), 'tblHeader') !== undefined;
      const cells: WordTableCell[] = [];
      let column = Number.parseInt(attribute(firstChild(firstChild(row, 'trPr'), 'gridBefore'), 'val') ?? '0', 10) || 0;
      for (const cell of elementChildren(row, 'tc')) {
        const cellProperties = firstChild(cell, 'tcPr');
        const span = Math.min(Math.max(Number.parseInt(attribute(firstChild(cellProperties, 'gridSpan'), 'val') ?? '1', 10) || 1, 1), 64);
        const verticalMerge = firstChild(cellProperties, 'vMerge');
        const continues = verticalMerge !== undefined && (attribute(verticalMerge, 'val') ?? 'continue') === 'continue';
        const above = merging.get(column);
        if (continues && above) {
          above.rowspan += 1;
        } else {
          const paragraphs = this.blocksOf(cell, notes).flatMap((block) => (block.kind === 'paragraph' ? [block] : this.flattenTable(block)));
          const created: WordTableCell = { paragraphs, colspan: span, rowspan: 1 };
          cells.push(created);
          if (verticalMerge !== undefined) merging.set(column, created);
          else merging.delete(column);
        }
        column += span;
      }
      if (cells.length > 0) rows.push({ header, cells });
    }
    return { kind: 'table', rows, notes };
  }

  /** A table inside a cell: its cells' paragraphs in reading order (the model has no nested tables). */
  private flattenTable(table: WordTable): WordParagraph[] {
    return table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs));
  }
}

function visibleText(paragraph: XmlElement): string {
  return descendants(paragraph, 't')
    .map(textContent)
    .join('');
}

export interface ReadWordBlocks {
  blocks: WordBlock[];
  images: Array<{ placeholderId: string; bytes: Buffer }>;
  notes: PendingNote[];
}

/** The body of word/document.xml as paragraphs and tables, with what each could not map. */
export function readWordBlocks(wordPackage: WordPackage, limits: WordImportLimits): ReadWordBlocks {
  const reader = new BlockReader(wordPackage, limits);
  const body = firstChild(firstChild(wordPackage.document, 'document'), 'body');
  if (!body) throw wordFileRefused('这不是 Word 文档（正文部分没有内容）。请在 Word 或 WPS 中另存为 .docx 后再上传。', 'The file is not a Word document: word/document.xml has no body. Save it again as .docx in Word or WPS and upload that.');
  const notes: PendingNote[] = [];
  const blocks = reader.blocksOf(body, notes);
  return { blocks, images: reader.images, notes };
}
