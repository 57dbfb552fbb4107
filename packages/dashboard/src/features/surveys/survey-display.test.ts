import { describe, expect, it } from 'vitest';
import { byRank, intervalText, pct, unknownCount } from './survey-display';
import { formatOf } from './useSurveyImport';

describe('survey display', () => {
  it('prints rates to the tenth and intervals as the sources do', () => {
    expect(pct(96.2)).toBe('96.2');
    expect(pct(94.8273)).toBe('94.8');
    expect(pct(null)).toBe('—');
    expect(intervalText({ low: 94.8273, high: 97.2191 })).toBe('94.8 — 97.2');
    expect(unknownCount({ total: 80, valid: 78 })).toBe(2);
  });

  it('orders ranked rows by rank, then the not-rankable ones by rate', () => {
    const rows = [
      { rank: null, rate: 100 },
      { rank: 2, rate: 90 },
      { rank: 1, rate: 95 },
      { rank: null, rate: 80 },
    ];
    expect(byRank(rows).map((r) => r.rate)).toEqual([95, 90, 100, 80]);
  });

  it('knows the import formats by extension', () => {
    expect(formatOf('问卷.CSV')).toBe('CSV');
    expect(formatOf('forms.xlsx')).toBe('XLSX');
    expect(formatOf('forms.xls')).toBeNull();
  });
});
