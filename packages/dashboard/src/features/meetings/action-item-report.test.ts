import { describe, expect, it } from 'vitest';
import { reportFormOf, reportInput, reportProblem } from './action-item-report';

const item = { status: 'IN_PROGRESS' as const, progress: 40, nextReviewOn: '2026-12-09' };

describe('progress report', () => {
  it('starts from the item, without a review day already past', () => {
    expect(reportFormOf(item, '2026-12-01')).toEqual({ status: 'IN_PROGRESS', progress: 40, comment: '', nextReviewOn: '2026-12-09' });
    expect(reportFormOf(item, '2026-12-10').nextReviewOn).toBeNull();
  });

  it('names the shared rule a report breaks', () => {
    expect(reportProblem(item, { ...reportFormOf(item, '2026-12-01'), status: 'DONE' })).toEqual({ rule: 'DONE_NEEDS_FULL', field: 'progress' });
    expect(reportProblem(item, { ...reportFormOf(item, '2026-12-01'), progress: 100 })).toEqual({ rule: 'FULL_MEANS_DONE', field: 'status' });
    expect(reportProblem({ ...item, status: 'CANCELLED' }, { ...reportFormOf(item, '2026-12-01'), status: 'OPEN' })?.rule).toBe('CLOSED');
    expect(reportProblem(item, { ...reportFormOf(item, '2026-12-01'), progress: 60 })).toBeNull();
  });

  it('sends a comment only when written and the review day only when changed', () => {
    const form = reportFormOf(item, '2026-12-01');
    expect(reportInput(item, { ...form, comment: '  ' })).toEqual({ status: 'IN_PROGRESS', progress: 40 });
    expect(reportInput(item, { ...form, progress: 70, comment: ' 已完成七个村 ', nextReviewOn: '2026-12-20' })).toEqual({
      status: 'IN_PROGRESS',
      progress: 70,
      comment: '已完成七个村',
      nextReviewOn: '2026-12-20',
    });
  });
});
