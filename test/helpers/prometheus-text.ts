/** One sample of the Prometheus text exposition format: `name{label="value",…} number`. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface PrometheusExposition {
  /** The TYPE line of each metric family, by family name. */
  types: Map<string, string>;
  samples: PrometheusSample[];
}

const samplePattern = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const labelPattern = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?\s*/gy;
const typePattern = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/;

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  labelPattern.lastIndex = 0;
  let consumed = 0;
  for (let match = labelPattern.exec(text); match; match = labelPattern.exec(text)) {
    labels[match[1] ?? ''] = (match[2] ?? '').replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    consumed = labelPattern.lastIndex;
  }
  if (consumed !== text.length) throw new Error(`not Prometheus text (labels): ${line}`);
  return labels;
}

function parseValue(text: string, line: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (text === 'NaN') return Number.NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`not Prometheus text (value): ${line}`);
  return value;
}

/** Parses the text format strictly enough that anything a scraper would reject throws. */
export function parsePrometheusText(text: string): PrometheusExposition {
  const types = new Map<string, string>();
  const samples: PrometheusSample[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const type = typePattern.exec(line);
      if (type) types.set(type[1] ?? '', type[2] ?? '');
      else if (!line.startsWith('# HELP ')) throw new Error(`not Prometheus text (comment): ${line}`);
      continue;
    }
    const match = samplePattern.exec(line);
    if (!match) throw new Error(`not Prometheus text: ${line}`);
    samples.push({ name: match[1] ?? '', labels: parseLabels(match[2] ?? '', line), value: parseValue(match[3] ?? '', line) });
  }
  return { types, samples };
}

/** The sum of every sample of `name` whose labels include `labels`. */
export function sampleTotal(exposition: PrometheusExposition, name: string, labels: Record<string, string> = {}): number {
  return exposition.samples
    .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
    .reduce((total, sample) => total + sample.value, 0);
}

/** The upper bound of the first bucket holding `quantile` of a histogram's observations (the p99 when 0.99). */
export function histogramQuantileUpperBound(exposition: PrometheusExposition, name: string, quantile: number): number {
  const buckets = exposition.samples
    .filter((sample) => sample.name === `${name}_bucket`)
    .map((sample) => ({ upperBound: parseValue(sample.labels.le ?? '', sample.name), count: sample.value }))
    .sort((first, second) => first.upperBound - second.upperBound);
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return Number.NaN;
  return buckets.find((bucket) => bucket.count >= total * quantile)?.upperBound ?? Number.NaN;
}
