import { describe, expect, it } from 'vitest';
import { formatMs, LatencyTally, percentile, summarise } from './latency.js';

describe('latency figures', () => {
  it('take percentiles by nearest rank: always a time some request had', () => {
    const ascending = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(ascending, 50)).toBe(50);
    expect(percentile(ascending, 95)).toBe(95);
    expect(percentile(ascending, 99)).toBe(99);
    expect(percentile([7, 9, 30], 50)).toBe(9);
    expect(percentile([7, 9, 30], 99)).toBe(30);
    expect(percentile([42], 1)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarise samples in any order', () => {
    expect(summarise([300, 10, 20, 40, 30])).toEqual({ count: 5, p50: 30, p95: 300, p99: 300, max: 300 });
    expect(summarise([]).count).toBe(0);
  });

  it('count failures by name and per operation, and keep their times in the percentiles', () => {
    const tally = new LatencyTally();
    tally.record('GetViewer', 10);
    tally.record('GetViewer', 20);
    tally.record('GetComplaintHotspots', 900, 'TIMEOUT (HTTP 200)');
    tally.record('GetComplaintHotspots', 1500, 'DATABASE_UNAVAILABLE (HTTP 503)');
    tally.record('RegisterComplaint', 50, 'DATABASE_UNAVAILABLE (HTTP 503)');
    expect(tally.count).toBe(5);
    expect(tally.errorCount).toBe(3);
    expect(tally.errors()).toEqual([
      ['DATABASE_UNAVAILABLE (HTTP 503)', 2],
      ['TIMEOUT (HTTP 200)', 1],
    ]);
    expect(tally.overall()).toMatchObject({ count: 5, p50: 50, max: 1500 });
    expect(tally.byOperation().map((o) => [o.operation, o.errors])).toEqual([
      ['GetComplaintHotspots', 2],
      ['RegisterComplaint', 1],
      ['GetViewer', 0],
    ]);
  });

  it('print milliseconds as people read them', () => {
    expect(formatMs(87.4)).toBe('87 ms');
    expect(formatMs(1420)).toBe('1.42 s');
    expect(formatMs(NaN)).toBe('—');
  });
});
