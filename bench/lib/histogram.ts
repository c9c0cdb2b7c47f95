/**
 * Latency histogram with 0.1 ms buckets up to 60 s (values above land in the
 * last bucket, the true maximum is kept apart). Cheap to fill in a hot loop,
 * and mergeable between processes through its sparse form.
 */
import { round } from './common.js';

const RESOLUTION_MS = 0.1;
const BUCKETS = 600_001;

export type SparseHistogram = { buckets: [number, number][]; max: number; sum: number; negative: number };

export interface LatencySummary {
  count: number;
  meanMs: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  maxMs: number;
  /** Samples below zero (clock disagreement between processes), counted as 0. */
  negative: number;
}

export class Histogram {
  private counts = new Uint32Array(BUCKETS);
  count = 0;
  sum = 0;
  max = -Infinity;
  negative = 0;

  add(ms: number): void {
    if (ms < 0) this.negative++;
    const b = ms <= 0 ? 0 : Math.min(BUCKETS - 1, Math.floor(ms / RESOLUTION_MS));
    this.counts[b]!++;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  toSparse(): SparseHistogram {
    const buckets: [number, number][] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]) buckets.push([i, this.counts[i]!]);
    return { buckets, max: this.max, sum: this.sum, negative: this.negative };
  }

  merge(s: SparseHistogram): void {
    for (const [i, c] of s.buckets) {
      this.counts[i]! += c;
      this.count += c;
    }
    this.sum += s.sum;
    this.negative += s.negative;
    if (s.max > this.max) this.max = s.max;
  }

  /** Upper edge of the bucket holding the q-quantile (nearest rank), in ms. */
  quantile(q: number): number {
    if (!this.count) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min((i + 1) * RESOLUTION_MS, this.max);
    }
    return this.max;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      meanMs: this.count ? round(this.sum / this.count) : Number.NaN,
      p50: round(this.quantile(0.5), 1),
      p90: round(this.quantile(0.9), 1),
      p99: round(this.quantile(0.99), 1),
      p999: round(this.quantile(0.999), 1),
      maxMs: round(this.max, 1),
      negative: this.negative,
    };
  }
}
