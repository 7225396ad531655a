/** The public pages' own stylesheet, served as a file so their Content-Security-Policy needs no inline style. */
export const publicStylesheet = `
:root { color-scheme: light; --ink: #1f2328; --muted: #5b636e; --line: #d6dae0; --accent: #0b5cad; --paper: #ffffff; --wash: #f5f7fa; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: var(--wash); font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; line-height: 1.7; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
.site-header { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; padding: 0.75rem 1.5rem; background: #123b63; }
.site-header a, .site-header .site-name { color: #fff; text-decoration: none; font-weight: 600; }
.header-links { display: flex; gap: 1.25rem; }
.site-header .header-links a { font-weight: 400; font-size: 0.9rem; text-decoration: underline; }
main { max-width: 60rem; margin: 1.5rem auto; padding: 1.5rem 2rem 2.5rem; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
.site-footer { max-width: 60rem; margin: 0 auto 2rem; padding: 0 2rem; color: var(--muted); font-size: 0.85rem; }
h1 { font-size: 1.75rem; line-height: 1.35; margin: 0.25rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3, h4, h5, h6 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p, dd, li, td, th { overflow-wrap: anywhere; }
.standard-number { margin: 0; font-size: 1.1rem; font-weight: 600; color: var(--muted); }
.english-title { color: var(--muted); margin: 0 0 0.5rem; }
.standard-status { margin: 0.5rem 0; color: var(--muted); }
.status { display: inline-block; padding: 0 0.5rem; border-radius: 3px; font-weight: 600; font-size: 0.9rem; }
.status-current { background: #dff3e4; color: #14532d; }
.status-replaced { background: #fff1d6; color: #7a4b00; }
.status-withdrawn { background: #fde2e1; color: #8a1c14; }
.notice { padding: 0.75rem 1rem; border-radius: 4px; font-weight: 600; }
.notice-withdrawn { background: #fde2e1; color: #8a1c14; }
.notice-replaced { background: #fff1d6; color: #7a4b00; }
.facts { display: grid; grid-template-columns: 1fr; margin: 0; }
.facts div { display: grid; grid-template-columns: 10rem 1fr; gap: 1rem; padding: 0.35rem 0; border-bottom: 1px solid var(--wash); }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--wash); }
.hash { font-size: 0.8rem; word-break: break-all; }
.downloads td:nth-child(2), .downloads td:nth-child(3), .downloads th { white-space: nowrap; }
.actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.75rem; }
.button { display: inline-block; padding: 0.4rem 1rem; border: 1px solid var(--accent); border-radius: 4px; text-decoration: none; font-weight: 600; }
.outline ol { list-style: none; padding-left: 0; }
.outline-level-2 { padding-left: 1.5rem; }
.outline-level-3 { padding-left: 3rem; }
.outline-level-4 { padding-left: 4.5rem; }
.full-text { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
.full-text p { margin: 0.4rem 0; text-indent: 2em; }
.full-text .clause-number { font-family: "Noto Sans CJK SC", sans-serif; }
.full-text aside { margin: 0.5rem 0 0.5rem 2em; font-size: 0.92rem; }
.full-text aside p, .full-text li p, .full-text td p, .full-text th p, .full-text .term-number, .full-text .term-name, .full-text .reference-entry, .full-text .footnotes li { text-indent: 0; }
.full-text .label { font-family: "Noto Sans CJK SC", sans-serif; }
.standard-list { list-style: none; padding-left: 2em; margin: 0.4rem 0; }
.standard-list li { display: flex; gap: 0.5em; }
.list-marker { flex: none; }
.term-number { font-weight: 600; margin-top: 1rem; }
.term-name dfn { font-style: normal; font-weight: 600; }
figure { margin: 1rem 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-family: "Noto Sans CJK SC", sans-serif; font-weight: 600; margin: 0.5rem 0; }
.table-block table { font-size: 0.92rem; }
.table-block .table-note, .table-block .table-footnote { text-align: left; font-size: 0.88rem; }
.formula { display: flex; align-items: center; justify-content: center; gap: 2rem; margin: 0.75rem 0; }
.formula-content { flex: 1; text-align: center; overflow-x: auto; }
.formula-content math { display: block math; font-size: 1.15rem; }
.formula-number { flex: none; }
.annex-heading { display: flex; flex-direction: column; align-items: center; text-align: center; }
.footnotes { border-top: 1px solid var(--line); margin-top: 2rem; font-size: 0.9rem; }
.missing-image { color: #8a1c14; }
.broken-reference { color: #8a1c14; }
.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
.search input { flex: 1; min-width: 14rem; padding: 0.45rem 0.6rem; font-size: 1rem; border: 1px solid #8a939e; border-radius: 4px; }
.search button { padding: 0.45rem 1.2rem; font-size: 1rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
.empty { padding: 1rem; background: var(--wash); border-radius: 4px; }
.status-row-withdrawn td, .status-row-replaced td { color: var(--muted); }
.date-note { font-size: 0.85rem; }
.pages { display: flex; gap: 1.5rem; margin-top: 1rem; }
@media (max-width: 40rem) { main { padding: 1rem; margin: 0; border-radius: 0; } .facts div { grid-template-columns: 1fr; gap: 0; } }
@media print { .site-header, .site-footer, .actions, .search { display: none; } main { border: 0; } }
`;
