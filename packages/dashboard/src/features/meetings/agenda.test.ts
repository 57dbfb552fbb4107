import { describe, expect, it } from 'vitest';
import { bySection, evidenceComparisons, evidenceFigure, moveWithinSection, sectionHeading } from './agenda';

const items = [
  { id: 'a', position: 1, section: 'SITUATION' as const },
  { id: 'b', position: 2, section: 'SITUATION' as const },
  { id: 'c', position: 3, section: 'DEPLOYMENT' as const },
  { id: 'd', position: 4, section: 'COORDINATION' as const },
  { id: 'e', position: 5, section: 'SITUATION' as const },
];

describe('agenda order', () => {
  it('groups items into the three parts in meeting order, keeping empty parts', () => {
    expect(bySection(items).map((p) => [p.section, p.items.map((i) => i.id)])).toEqual([
      ['SITUATION', ['a', 'b', 'e']],
      ['DEPLOYMENT', ['c']],
      ['COORDINATION', ['d']],
    ]);
    expect(bySection([]).map((p) => p.items.length)).toEqual([0, 0, 0]);
    expect(sectionHeading('COORDINATION', '难题协调', 'zh-CN')).toBe('三、难题协调');
    expect(sectionHeading('SITUATION', 'Situation analysis', 'en')).toBe('1. Situation analysis');
  });

  it('moves an item inside its part and lists every id once for reorderAgendaItems', () => {
    expect(moveWithinSection(items, 'e', -1)).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(moveWithinSection(items, 'a', 1)).toEqual(['b', 'a', 'e', 'c', 'd']);
  });

  it('does not move an item out of its part or past the ends', () => {
    expect(moveWithinSection(items, 'a', -1)).toBeNull();
    expect(moveWithinSection(items, 'e', 1)).toBeNull();
    expect(moveWithinSection(items, 'c', -1)).toBeNull();
    expect(moveWithinSection(items, 'zz', 1)).toBeNull();
  });
});

describe('evidence', () => {
  const none = { numerator: null, denominator: null, text: null };
  it('states a rate with what it counted, a count with its unit, a date as text', () => {
    expect(evidenceFigure({ value: 95.84, unit: '%', numerator: 1384, denominator: 1444, text: null })).toBe('95.84%（1384/1444）');
    expect(evidenceFigure({ ...none, value: 6, unit: '件' })).toBe('6件');
    expect(evidenceFigure({ ...none, value: 96.3, unit: 'boys per 100 girls' })).toBe('96.3 boys per 100 girls');
    expect(evidenceFigure({ ...none, value: null, unit: null, text: '2026-10-08' })).toBe('2026-10-08');
    expect(evidenceFigure({ ...none, value: null, unit: null })).toBe('—');
  });

  it('compares with last month, last year and the period before, with the signed change', () => {
    expect(evidenceComparisons({ value: 95.84, lastMonth: 95.83, lastYear: 96.42, previousValue: null, previousPeriod: null })).toEqual([
      { key: 'lastMonth', then: '95.83', period: null, change: 0.01 },
      { key: 'lastYear', then: '96.42', period: null, change: -0.58 },
    ]);
    expect(evidenceComparisons({ value: 487, lastMonth: null, lastYear: null, previousValue: 15, previousPeriod: '2026-Q3' })).toEqual([
      { key: 'previous', then: '15', period: '2026-Q3', change: 472 },
    ]);
    expect(evidenceComparisons({ value: null, lastMonth: 3, lastYear: null, previousValue: null, previousPeriod: null })[0].change).toBeNull();
  });
});
