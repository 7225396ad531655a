import type { BenchTarget } from './bench-servers';
import { prepareLargeStandard } from './cold-open-scenario';
import { median } from './statistics';

export interface DocumentExportFigures {
  runs: number;
  /** Request to last byte of GET …/document.docx of the 150-page standard (ms), median. */
  wordMilliseconds: number;
  wordBytes: number;
  /** The same for …/document.pdf (the Word file, then LibreOffice); null when LibreOffice is not installed. */
  pdfMilliseconds: number | null;
  pdfBytes: number | null;
}

async function timedDownload(target: BenchTarget, path: string): Promise<{ milliseconds: number; bytes: number; status: number }> {
  const owner = target.owner;
  if (!owner) throw new Error('exports exist only on our server');
  const start = performance.now();
  const response = await owner.fetchRaw(path);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { milliseconds: performance.now() - start, bytes, status: response.status };
}

/** The 150-page standard exported as Word and as PDF through the API, `runs` times each, after one unmeasured run. */
export async function runDocumentExport(target: BenchTarget, runs: number): Promise<DocumentExportFigures> {
  const prepared = await prepareLargeStandard(target);
  const standardId = prepared.document.standardId ?? '';
  const word = `/api/standards/${standardId}/document.docx`;
  const pdf = `/api/standards/${standardId}/document.pdf`;
  await timedDownload(target, word);
  const wordRuns = [];
  for (let run = 0; run < runs; run += 1) wordRuns.push(await timedDownload(target, word));
  if (wordRuns.some((run) => run.status !== 200)) throw new Error('the Word export failed');
  const firstPdf = await timedDownload(target, pdf);
  const pdfRuns = [];
  if (firstPdf.status === 200) for (let run = 0; run < runs; run += 1) pdfRuns.push(await timedDownload(target, pdf));
  return {
    runs,
    wordMilliseconds: median(wordRuns.map((run) => run.milliseconds)),
    wordBytes: wordRuns[0]?.bytes ?? 0,
    pdfMilliseconds: pdfRuns.length > 0 ? median(pdfRuns.map((run) => run.milliseconds)) : null,
    pdfBytes: pdfRuns[0]?.bytes ?? null,
  };
}
