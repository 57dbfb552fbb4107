import { describe, expect, it } from 'vitest';
import { drawSample, MIN_RANKABLE_ANSWERS, percent, sampleReference, satisfactionFigure, wilsonInterval } from './surveys.js';
import { followUpChange, itemScore, overallScore, rectificationStatus } from './evaluations.js';

const pct = (x: number | null | undefined) => (x == null ? null : Math.round(x * 1000) / 10);

describe('satisfaction rate and Wilson interval', () => {
  it('gives the sources’ 96.2% with its interval, computed by hand', () => {
    // p = 0.962, n = 1000, z² = 3.841459; denominator 1 + z²/n = 1.0038415;
    // centre (0.962 + 0.0019207) / 1.0038415 = 0.960232; margin 1.959964 × √(0.962·0.038/1000 + z²/4e6)
    // = 1.959964 × √(3.6556e-5 + 9.604e-7) = 0.0120050, / 1.0038415 = 0.011959 → [0.948273, 0.972191].
    const figure = satisfactionFigure(962, 1000);
    expect(pct(figure.rate)).toBe(96.2);
    expect(figure.low).toBeCloseTo(0.948273, 5);
    expect(figure.high).toBeCloseTo(0.972191, 5);
    expect([pct(figure.low), pct(figure.high)]).toEqual([94.8, 97.2]);
    expect(figure.rankable).toBe(true);
  });

  it('stays inside 0–100% at the edges and is wide on small samples', () => {
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.72247, 4), high: expect.closeTo(1, 12) });
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.27753, 4) });
    const small = satisfactionFigure(28, 30);
    expect([pct(small.rate), pct(small.low), pct(small.high)]).toEqual([93.3, 78.7, 98.2]);
  });

  it('has no rate without valid answers and ranks only from the threshold', () => {
    expect(satisfactionFigure(0, 0)).toEqual({ satisfied: 0, valid: 0, rate: null, low: null, high: null, rankable: false });
    expect(satisfactionFigure(28, MIN_RANKABLE_ANSWERS - 1).rankable).toBe(false);
    expect(satisfactionFigure(28, MIN_RANKABLE_ANSWERS).rankable).toBe(true);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(percent(0.96249)).toBe(96.2);
  });
});

describe('sample draw', () => {
  it('is reproducible from the seed, distinct, within the register, and differs by village', () => {
    const a = drawSample(42, '371199001001', 300, 40);
    expect(drawSample(42, '371199001001', 300, 40)).toEqual(a);
    expect(new Set(a).size).toBe(40);
    expect(a.every((h) => h >= 1 && h <= 300)).toBe(true);
    expect(drawSample(42, '371199001002', 300, 40)).not.toEqual(a);
    expect(drawSample(43, '371199001001', 300, 40)).not.toEqual(a);
    expect(drawSample(1, 'x', 5, 5).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => drawSample(1, 'x', 5, 6)).toThrow(RangeError);
  });

  it('names households by village code and ordinal', () => {
    expect(sampleReference('371199001001', 7)).toBe('371199001001-007');
  });
});

describe('democratic evaluation scores', () => {
  it('scores items from 好/中/差 and averages the six', () => {
    // 8 好, 1 中, 1 差 → (800 + 60) / 10 = 86.
    expect(itemScore(8, 1, 1)).toBe(86);
    expect(itemScore(0, 0, 0)).toBeNull();
    expect(overallScore([86, 100, 60, null])).toBeCloseTo(82, 10);
  });

  it('derives overdue from the deadline', () => {
    expect(rectificationStatus(false, '2026-06-30', '2026-06-30')).toBe('IN_PROGRESS');
    expect(rectificationStatus(false, '2026-06-30', '2026-07-01')).toBe('OVERDUE');
    expect(rectificationStatus(true, '2026-06-30', '2026-07-01')).toBe('RECTIFIED');
  });

  it('calls a help target improved only with strictly fewer bad votes', () => {
    expect(followUpChange(12, 1)).toBe('IMPROVED');
    expect(followUpChange(1, 0)).toBe('IMPROVED');
    expect(followUpChange(2, 2)).toBe('UNCHANGED');
    expect(followUpChange(1, 1)).toBe('UNCHANGED');
    expect(followUpChange(0, 0)).toBe('UNCHANGED');
    expect(followUpChange(2, 3)).toBe('WORSE');
  });
});
