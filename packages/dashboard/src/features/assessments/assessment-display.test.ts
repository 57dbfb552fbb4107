import { describe, expect, it } from 'vitest';
import { formatChange, formatPoints, periodMessage } from './assessment-display';

describe('assessment display', () => {
  it('names quarters and years', () => {
    expect(periodMessage('2026-Q3')).toEqual(['assessments.quarter', { year: '2026', q: '3' }]);
    expect(periodMessage('2025')).toEqual(['assessments.year', { year: '2025' }]);
  });
  it('shows rank changes with arrows, and nothing without a previous period', () => {
    expect(formatChange(3)).toBe('↑3');
    expect(formatChange(-2)).toBe('↓2');
    expect(formatChange(0)).toBe('–');
    expect(formatChange(null)).toBeNull();
  });
  it('prints points with at most two decimals', () => expect(formatPoints(12.194999)).toBe('12.19'));
});
