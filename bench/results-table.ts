type Cell = number | string | null;

interface Row {
  label: string;
  normdraft: Cell;
  baseline: Cell;
  /** normdraft / baseline, shown when both are numbers. */
  showRatio: boolean;
  decimals: number;
}

interface Section {
  title: string;
  rows: Row[];
}

export function formatFigure(value: Cell, decimals = 2): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'n/a';
  return value.toFixed(decimals);
}

export function ratioOf(normdraft: Cell, baseline: Cell): number | null {
  if (typeof normdraft !== 'number' || typeof baseline !== 'number' || baseline === 0) return null;
  return normdraft / baseline;
}

/** The figures as one plain-text table: scenario headings, then figure | normdraft | baseline | ratio. */
export class ResultsTable {
  private readonly sections: Section[] = [];

  section(title: string): this {
    this.sections.push({ title, rows: [] });
    return this;
  }

  row(label: string, normdraft: Cell, baseline: Cell, options: { ratio?: boolean; decimals?: number } = {}): this {
    const section = this.sections.at(-1);
    if (!section) throw new Error('add a section first');
    section.rows.push({ label, normdraft, baseline, showRatio: options.ratio ?? true, decimals: options.decimals ?? 2 });
    return this;
  }

  render(): string {
    const labelWidth = Math.max(...this.sections.flatMap((section) => section.rows.map((row) => row.label.length)), 10) + 2;
    const columns = ['normdraft', 'baseline', 'ratio'];
    const lines: string[] = [];
    for (const section of this.sections) {
      lines.push('', section.title, `${'figure'.padEnd(labelWidth)}${columns.map((column) => column.padStart(13)).join('')}`);
      for (const row of section.rows) {
        const ratio = row.showRatio ? ratioOf(row.normdraft, row.baseline) : null;
        const cells = [formatFigure(row.normdraft, row.decimals), formatFigure(row.baseline, row.decimals), ratio === null ? '' : formatFigure(ratio, 2)];
        lines.push(`${row.label.padEnd(labelWidth)}${cells.map((cell) => cell.padStart(13)).join('')}`);
      }
    }
    return lines.join('\n');
  }
}
