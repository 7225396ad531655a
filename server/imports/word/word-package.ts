import { DomainError } from '../../errors';
import { unpackCheckedZip, type ZipLimits } from '../checked-zip';
import { wordFileRefused } from './word-file-refused';
import { parseXmlTree, XmlTooLargeError, type XmlElement } from './xml-tree';
import type { WordImportLimits } from './word-import';

/** The parts of a .docx the importer reads, parsed; media as bytes by their package path. */
export interface WordPackage {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  footnotes: XmlElement | null;
  comments: XmlElement | null;
  /** Relationship id of word/document.xml → target path inside the package ("word/media/image1.png"). */
  relationships: Map<string, { target: string; type: string; external: boolean }>;
  media: Map<string, Buffer>;
  hasHeadersOrFooters: boolean;
}


const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A clear word for files that are not .docx: old Word and WPS files and password-protected ones are OLE containers. */
function refuseOtherFormats(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw wordFileRefused('文件是空的。请选择一个 Word（.docx）文件。', 'The file is empty. Choose a Word (.docx) file.');
  if (startsWith(bytes, oleSignature)) {
    throw wordFileRefused('这是旧版 Word（.doc）或 WPS（.wps）文件，或者设有密码。请在 Word 或 WPS 中打开，去掉密码，另存为 .docx 后再上传。', 'This is an old Word (.doc) or WPS (.wps) file, or a password-protected one. Open it in Word or WPS, remove any password, save it as .docx and upload that.');
  }
  if (bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74) throw wordFileRefused('这是 RTF 文件。请在 Word 或 WPS 中打开，另存为 .docx 后再上传。', 'This is an RTF file. Open it in Word or WPS, save it as .docx and upload that.');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw wordFileRefused('这不是 Word（.docx）文件。请在 Word 或 WPS 中另存为 .docx 后再上传。', 'The file is not a Word (.docx) file. Save it as .docx in Word or WPS and upload that.');
}

function zipLimitsOf(limits: WordImportLimits): ZipLimits {
  return { maximumEntries: 3000, maximumTotalBytes: limits.maximumPartBytes * 4, maximumEntryRatio: 200, ratioCheckedAboveBytes: 1024 * 1024 };
}

const readParts = new Set(['[Content_Types].xml', 'mimetype', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/comments.xml', 'word/_rels/document.xml.rels']);

function parsePart(parts: Map<string, Buffer>, name: string, limits: WordImportLimits): XmlElement | null {
  const bytes = parts.get(name);
  if (!bytes) return null;
  if (bytes.byteLength > limits.maximumPartBytes) throw wordFileRefused(`文件中的 ${name} 解压后超过 ${limits.maximumPartBytes / 1024 / 1024} MiB，远超一项标准所需，未导入。请删去多余内容或拆分文件。`, `The file is refused: its part ${name} is larger than ${limits.maximumPartBytes / 1024 / 1024} MiB.`);
  try {
    return parseXmlTree(bytes.toString('utf8'), Math.max(limits.maximumParagraphs * 40, 100_000));
  } catch (error) {
    if (error instanceof XmlTooLargeError) throw wordFileRefused(`文件中的 ${name} 含有 ${error.message}，远超一项标准所需，未导入。`, `The file is refused: ${name} holds ${error.message}, far more than a standard needs.`);
    throw wordFileRefused(`文件已损坏：${name} 无法读取。请在 Word 中打开，重新另存为 .docx 后再上传。`, `The file is damaged: ${name} is not readable XML (${error instanceof Error ? error.message : 'unknown problem'}). Open it in Word, save it again as .docx and upload that.`);
  }
}

function relationshipsOf(tree: XmlElement | null): WordPackage['relationships'] {
  const relationships: WordPackage['relationships'] = new Map();
  if (!tree) return relationships;
  const stack = [tree];
  while (stack.length > 0) {
    const element = stack.pop();
    if (!element) break;
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'Relationship') {
        const id = /\bId="([^"]*)"/.exec(child.tag.attributes)?.[1];
        const target = /\bTarget="([^"]*)"/.exec(child.tag.attributes)?.[1];
        const type = /\bType="([^"]*)"/.exec(child.tag.attributes)?.[1] ?? '';
        const external = /\bTargetMode="External"/.test(child.tag.attributes);
        if (id && target) relationships.set(id, { target: external ? target : resolveTarget(target), type, external });
      } else stack.push(child);
    }
  }
  return relationships;
}

/** Targets are relative to word/ unless they start with "/". */
function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The zip reader's refusals (damaged archive, zip bomb, encrypted parts) with what to do, in both languages. */
async function unpackedWithExplanation(unpack: () => Promise<Map<string, Buffer>>): Promise<Map<string, Buffer>> {
  try {
    return await unpack();
  } catch (error) {
    if (error instanceof DomainError && error.details.explanation === undefined) {
      throw wordFileRefused('文件无法解压，或解压后远大于正常文件（已损坏或经过特殊构造），未导入。请在 Word 中打开，重新另存为 .docx 后再上传。', error.message);
    }
    throw error;
  }
}

/** Opens a .docx within the limits, or says in words why it cannot be read and what to do. */
export async function openWordPackage(bytes: Uint8Array, limits: WordImportLimits): Promise<WordPackage> {
  if (bytes.byteLength > limits.maximumFileBytes) throw wordFileRefused(`Word 文件最大 ${limits.maximumFileBytes / 1024 / 1024} MiB。请压缩其中的图片后再上传。`, `A Word file may be at most ${limits.maximumFileBytes / 1024 / 1024} MiB.`, 'body_too_large');
  refuseOtherFormats(bytes);
  const allNames: string[] = [];
  const parts = await unpackedWithExplanation(() =>
    unpackCheckedZip(
      bytes,
      (name) => {
        allNames.push(name);
        return readParts.has(name) || name.startsWith('word/media/');
      },
      zipLimitsOf(limits),
    ),
  );
  if (parts.get('mimetype')?.toString('utf8').includes('opendocument')) {
    throw wordFileRefused('这是 OpenDocument（.odt）文件。请在 LibreOffice、WPS 或 Word 中打开，另存为 .docx 后再上传。', 'This is an OpenDocument (.odt) file. Open it in LibreOffice, WPS or Word, save it as .docx and upload that.');
  }
  if (allNames.includes('EncryptedPackage')) throw wordFileRefused('文件设有密码。请在 Word 中去掉密码，另存为 .docx 后再上传。', 'The file is password protected. Remove the password in Word, save it as .docx and upload that.');
  if (!parts.has('word/document.xml')) throw wordFileRefused('这不是 Word 文档（缺少正文部分）。请在 Word 或 WPS 中另存为 .docx 后再上传。', 'The file is not a Word document: it has no word/document.xml. Save it as .docx in Word or WPS and upload that.');
  const media = new Map([...parts].filter(([name]) => name.startsWith('word/media/')));
  return {
    document: parsePart(parts, 'word/document.xml', limits) ?? refusedEmpty(),
    styles: parsePart(parts, 'word/styles.xml', limits),
    numbering: parsePart(parts, 'word/numbering.xml', limits),
    footnotes: parsePart(parts, 'word/footnotes.xml', limits),
    comments: parsePart(parts, 'word/comments.xml', limits),
    relationships: relationshipsOf(parsePart(parts, 'word/_rels/document.xml.rels', limits)),
    media,
    hasHeadersOrFooters: allNames.some((name) => /^word\/(header|footer)\d*\.xml$/.test(name)),
  };
}

function refusedEmpty(): never {
  throw wordFileRefused('这不是 Word 文档（正文部分是空的）。请在 Word 或 WPS 中另存为 .docx 后再上传。', 'The file is not a Word document: word/document.xml is empty.');
}
