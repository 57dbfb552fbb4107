import type { AssessmentGrade } from '@/gql/graphql';

/** Element Plus tag type per grade: the league table's colours. */
export const GRADE_TAG: Record<AssessmentGrade, 'success' | 'primary' | 'warning' | 'danger'> = {
  EXCELLENT: 'success',
  GOOD: 'primary',
  PASS: 'warning',
  FAIL: 'danger',
};

/** `2026-Q3` → the message key and its parameters; `2026` → the year's. */
export function periodMessage(period: string): [string, Record<string, string>] {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  if (!match) return ['assessments.year', { year: period }];
  return match[2] ? ['assessments.quarter', { year: match[1], q: match[2] }] : ['assessments.year', { year: match[1] }];
}

/** "+3", "−2", "0"; null when there was no previous period. */
export function formatChange(change: number | null | undefined): string | null {
  if (change == null) return null;
  if (change > 0) return `↑${change}`;
  if (change < 0) return `↓${-change}`;
  return '–';
}

/** Points as the score card prints them: at most two decimals. */
export const formatPoints = (points: number) => String(Math.round(points * 100) / 100);
