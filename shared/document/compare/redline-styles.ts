/** The redline's only stylesheet: inline, A4, and colours kept when printed. */
export const redlineStyles = `
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 174mm; font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.6; color: #111; }
header { border-bottom: 1.5pt solid #111; margin-bottom: 6mm; padding-bottom: 3mm; }
h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 0 0 2mm; }
.versions { margin: 0; font-size: 11pt; }
.summary { margin: 2mm 0 0; color: #333; }
section.entry { break-inside: avoid-page; page-break-inside: avoid; border-bottom: 0.5pt solid #ccc; padding: 3mm 0; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 11pt; margin: 0 0 1.5mm; }
.numbers { margin-right: 2mm; }
.badge { display: inline-block; margin-left: 2mm; padding: 0 1.5mm; border: 0.5pt solid currentColor; border-radius: 1mm; font-size: 8.5pt; font-weight: normal; vertical-align: middle; }
.badge-added { color: #1a7f37; }
.badge-removed { color: #b42318; }
.badge-moved { color: #6e40c9; }
.badge-changed { color: #9a6700; }
.badge-renumbered { color: #0b5cad; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.text-unchanged { color: #666; font-style: italic; margin: 0; }
ins { color: #1a7f37; text-decoration: underline; background: #e6f4ea; }
del { color: #b42318; text-decoration: line-through; background: #fdecea; }
@media print { body { max-width: none; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
