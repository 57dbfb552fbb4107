/** Latency figures of the proof scripts: what one request waited, summed up per operation. */

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of ascending samples: always a latency some request really had, so a
 * p99 over 40 requests is the slowest but one, not a value between two requests.
 */
export function percentile(ascending: readonly number[], p: number): number {
  if (!ascending.length) return NaN;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(ascending.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: readonly number[]): LatencySummary {
  const ascending = [...samples].sort((a, b) => a - b);
  return {
    count: ascending.length,
    p50: percentile(ascending, 50),
    p95: percentile(ascending, 95),
    p99: percentile(ascending, 99),
    max: ascending.length ? ascending[ascending.length - 1] : NaN,
  };
}

export interface OperationFigures {
  operation: string;
  latency: LatencySummary;
  errors: number;
}

/**
 * Every request's time by operation, and its error when it failed. A failed request counts in
 * the latencies too: its user waited that long for nothing.
 */
export class LatencyTally {
  private readonly times = new Map<string, number[]>();
  private readonly failures = new Map<string, number>();
  private readonly errorsByOperation = new Map<string, number>();

  /** `error` names the failure (an error code or HTTP status); absent for a success. */
  record(operation: string, ms: number, error?: string) {
    const times = this.times.get(operation) ?? [];
    times.push(ms);
    this.times.set(operation, times);
    if (error === undefined) return;
    this.failures.set(error, (this.failures.get(error) ?? 0) + 1);
    this.errorsByOperation.set(operation, (this.errorsByOperation.get(operation) ?? 0) + 1);
  }

  get count(): number {
    return [...this.times.values()].reduce((sum, times) => sum + times.length, 0);
  }

  get errorCount(): number {
    return [...this.failures.values()].reduce((sum, n) => sum + n, 0);
  }

  overall(): LatencySummary {
    return summarise([...this.times.values()].flat());
  }

  /** Slowest first, by p95 (then p50), so the operations that hold users up lead the list. */
  byOperation(): OperationFigures[] {
    return [...this.times.entries()]
      .map(([operation, times]) => ({ operation, latency: summarise(times), errors: this.errorsByOperation.get(operation) ?? 0 }))
      .sort((a, b) => b.latency.p95 - a.latency.p95 || b.latency.p50 - a.latency.p50);
  }

  /** Failures by name, commonest first. */
  errors(): [string, number][] {
    return [...this.failures.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }
}

/** Milliseconds as a person reads them: "87 ms", "1.42 s", "—" for none. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function formatPercentiles({ p50, p95, p99, max }: LatencySummary): string {
  return `p50 ${formatMs(p50)}, p95 ${formatMs(p95)}, p99 ${formatMs(p99)}, max ${formatMs(max)}`;
}

export function formatSummary(summary: LatencySummary): string {
  return `${summary.count} requests, ${formatPercentiles(summary)}`;
}
