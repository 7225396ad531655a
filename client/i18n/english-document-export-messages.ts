import type { chineseDocumentExportMessages } from './chinese-document-export-messages';

/** Messages of exporting a standard as Word and PDF. */
export const englishDocumentExportMessages: Record<keyof typeof chineseDocumentExportMessages, string> = {
  errorPdfUnavailable: 'LibreOffice is not installed on the server, so PDF export is not available. Download the Word file, or ask the administrator to install libreoffice-writer-nogui as the README says.',
  errorPdfConversionFailed: 'Making the PDF failed. Try again later, or download the Word file.',
  formulaUnreadable: 'This formula cannot be typeset: {reason}. Its TeX is below; check it.',
  downloadWord: 'Download Word (.docx)',
  downloadPdf: 'Download PDF',
  downloadPreparingWord: 'Making the Word file…',
  downloadPreparingPdf: 'Making the PDF (a long standard takes a few seconds)…',
  downloadReceiving: 'Downloading {percent}%',
  downloadDone: 'Downloaded “{name}”.',
  downloadPdfUnavailableHint: 'LibreOffice is not installed on the server, so only the Word file can be downloaded for now.',
  printView: 'Print view',
  printDocumentLabel: 'The standard laid out for printing',
  printLiveDraft: 'live draft',
  printExplanation: 'Use the browser’s Print to print it or save it as PDF; this page shows the standard alone.',
  printNow: 'Print',
  printBack: 'Back',
};
