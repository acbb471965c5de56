/**
 * A small Prometheus registry: counters, gauges and histograms with labels, rendered in
 * the text exposition format (version 0.0.4).
 */
type Labels = Record<string, string>;

const escapeLabel = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const renderLabels = (labels: Labels, extra?: [string, string]) => {
  const pairs = Object.entries(labels);
  if (extra) pairs.push(extra);
  return pairs.length ? `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
};
const keyOf = (names: readonly string[], labels: Labels) =>
  names.map((n) => labels[n] ?? '').join('\u0000');
const pick = (names: readonly string[], labels: Labels): Labels =>
  Object.fromEntries(names.map((n) => [n, labels[n] ?? '']));
const num = (v: number) =>
  Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';

interface Metric {
  render(): string;
}

/** A value that only goes up. */
export class Counter<L extends string = string> implements Metric {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly L[] = [],
  ) {}
  inc(labels: Partial<Record<L, string>> = {}, by = 1): void {
    const key = keyOf(this.labelNames, labels as Labels);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels: pick(this.labelNames, labels as Labels), value: by });
  }
  get(labels: Partial<Record<L, string>> = {}): number {
    return this.values.get(keyOf(this.labelNames, labels as Labels))?.value ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values())
      lines.push(`${this.name}${renderLabels(labels)} ${num(value)}`);
    return lines.join('\n');
  }
}

type Sample = { labels?: Labels; value: number };

/** Values read when scraped, from state kept elsewhere. */
class Collected implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly collect: () => Sample[],
    private readonly type: 'gauge' | 'counter',
  ) {}
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    for (const { labels = {}, value } of this.collect())
      lines.push(`${this.name}${renderLabels(labels)} ${num(value)}`);
    return lines.join('\n');
  }
}

/** A value read when scraped. */
export class Gauge extends Collected {
  constructor(name: string, help: string, collect: () => Sample[]) {
    super(name, help, collect, 'gauge');
  }
}

/** A total kept elsewhere (it only goes up), read when scraped. */
export class ObservedCounter extends Collected {
  constructor(name: string, help: string, collect: () => Sample[]) {
    super(name, help, collect, 'counter');
  }
}

/** Observations counted into cumulative buckets. */
export class Histogram<L extends string = string> implements Metric {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly L[] = [],
    readonly buckets: readonly number[] = [
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ],
  ) {}
  observe(labels: Partial<Record<L, string>>, value: number): void {
    const key = keyOf(this.labelNames, labels as Labels);
    let s = this.series.get(key);
    if (!s) {
      s = {
        labels: pick(this.labelNames, labels as Labels),
        counts: this.buckets.map(() => 0),
        sum: 0,
        count: 0,
      };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) =>
        lines.push(`${this.name}_bucket${renderLabels(s.labels, ['le', num(b)])} ${s.counts[i]}`),
      );
      lines.push(`${this.name}_bucket${renderLabels(s.labels, ['le', '+Inf'])} ${s.count}`);
      lines.push(`${this.name}_sum${renderLabels(s.labels)} ${num(s.sum)}`);
      lines.push(`${this.name}_count${renderLabels(s.labels)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/**
 * Holds metrics and renders them all for `/metrics`.
 *
 * @example
 * const reg = new Registry();
 * const hits = reg.add(new Counter('hits_total', 'Hits.', ['route']));
 * hits.inc({ route: '/v1/handoff' });
 * reg.render(); // '# HELP hits_total Hits.\n# TYPE hits_total counter\nhits_total{route="/v1/handoff"} 1\n'
 */
export class Registry {
  private readonly metrics: Metric[] = [];
  add<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }
  render(): string {
    return `${this.metrics.map((m) => m.render()).join('\n')}\n`;
  }
}
