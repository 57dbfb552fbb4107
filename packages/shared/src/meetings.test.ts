import { describe, expect, it } from 'vitest';
import { actionItemUpdateProblem, isActionItemOverdue } from './meetings.js';

describe('action items', () => {
  it('are overdue when open and past the deadline, never once closed', () => {
    expect(isActionItemOverdue('OPEN', '2026-11-22', '2026-11-23')).toBe(true);
    expect(isActionItemOverdue('IN_PROGRESS', '2026-11-22', '2026-11-23')).toBe(true);
    expect(isActionItemOverdue('IN_PROGRESS', '2026-11-23', '2026-11-23')).toBe(false);
    expect(isActionItemOverdue('DONE', '2026-01-01', '2026-11-23')).toBe(false);
    expect(isActionItemOverdue('CANCELLED', '2026-01-01', '2026-11-23')).toBe(false);
  });

  it('take progress 0–100, DONE with 100 only, and are not reopened once closed', () => {
    expect(actionItemUpdateProblem('OPEN', { status: 'IN_PROGRESS', progress: 40 })).toBeNull();
    expect(actionItemUpdateProblem('IN_PROGRESS', { status: 'DONE', progress: 100 })).toBeNull();
    expect(actionItemUpdateProblem('OPEN', { status: 'CANCELLED', progress: 10 })).toBeNull();
    expect(actionItemUpdateProblem('OPEN', { status: 'OPEN', progress: 101 })?.field).toBe('progress');
    expect(actionItemUpdateProblem('OPEN', { status: 'OPEN', progress: 2.5 })?.field).toBe('progress');
    expect(actionItemUpdateProblem('OPEN', { status: 'DONE', progress: 90 })?.field).toBe('progress');
    expect(actionItemUpdateProblem('IN_PROGRESS', { status: 'IN_PROGRESS', progress: 100 })?.field).toBe('status');
    expect(actionItemUpdateProblem('DONE', { status: 'IN_PROGRESS', progress: 50 })?.field).toBe('status');
    expect(actionItemUpdateProblem('CANCELLED', { status: 'OPEN', progress: 0 })?.field).toBe('status');
    expect(actionItemUpdateProblem('DONE', { status: 'DONE', progress: 100 })).toBeNull();
  });

  it('name the rule a report breaks, for the client to word it', () => {
    expect(actionItemUpdateProblem('OPEN', { status: 'OPEN', progress: -1 })?.rule).toBe('PROGRESS_RANGE');
    expect(actionItemUpdateProblem('CANCELLED', { status: 'DONE', progress: 100 })?.rule).toBe('CLOSED');
    expect(actionItemUpdateProblem('OPEN', { status: 'DONE', progress: 90 })?.rule).toBe('DONE_NEEDS_FULL');
    expect(actionItemUpdateProblem('OPEN', { status: 'IN_PROGRESS', progress: 100 })?.rule).toBe('FULL_MEANS_DONE');
  });
});
