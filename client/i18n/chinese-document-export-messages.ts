/** Messages of exporting a standard as Word and PDF. */
export const chineseDocumentExportMessages = {
  errorPdfUnavailable: '服务器上没有安装 LibreOffice，暂时不能导出 PDF。请先下载 Word 文件，或请管理员按 README 安装 libreoffice-writer-nogui。',
  errorPdfConversionFailed: '生成 PDF 时出错。请稍后再试，或先下载 Word 文件。',
  formulaUnreadable: '公式无法排版：{reason}。下面是公式原文，请检查 TeX 写法。',
  downloadWord: '下载 Word（.docx）',
  downloadPdf: '下载 PDF',
  downloadPreparingWord: '正在生成 Word 文件…',
  downloadPreparingPdf: '正在生成 PDF（长的标准需要几秒钟）…',
  downloadReceiving: '正在下载 {percent}%',
  downloadDone: '已下载“{name}”。',
  downloadPdfUnavailableHint: '服务器没有安装 LibreOffice，暂时只能下载 Word 文件。',
  printView: '打印视图',
  printDocumentLabel: '打印用的标准文本',
  printLiveDraft: '当前草案',
  printExplanation: '按浏览器的“打印”即可打印或另存为 PDF；本页只显示标准正文。',
  printNow: '打印',
  printBack: '返回',
};
