import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  complaintRate,
  deadlinesFor,
  DEFAULT_TIME_LIMITS,
  dueAt,
  idNumberCheck,
  normaliseIdNumber,
  normalisePhone,
  perTenThousand,
  risingGrowth,
  statusAfter,
  type ComplaintRateCounts,
} from './complaints.js';

/** Instants written in China's local time, as the office sees them. */
const local = (text: string) => new Date(`${text}+08:00`);

describe('the status machine', () => {
  it('walks received → accepted → in progress → replied → closed, with reopen', () => {
    expect(statusAfter('RECEIVED', 'ACCEPT')).toBe('ACCEPTED');
    expect(statusAfter('ACCEPTED', 'START')).toBe('IN_PROGRESS');
    expect(statusAfter('IN_PROGRESS', 'REPLY')).toBe('REPLIED');
    expect(statusAfter('REPLIED', 'FOLLOW_UP')).toBe('REPLIED');
    expect(statusAfter('REPLIED', 'CLOSE')).toBe('CLOSED');
    expect(statusAfter('CLOSED', 'REOPEN')).toBe('IN_PROGRESS');
  });
  it('refuses skipped or backward steps', () => {
    expect(statusAfter('RECEIVED', 'REPLY')).toBeNull();
    expect(statusAfter('IN_PROGRESS', 'CLOSE')).toBeNull();
    expect(statusAfter('CLOSED', 'HAND_OVER')).toBeNull();
    expect(statusAfter('ACCEPTED', 'ACCEPT')).toBeNull();
  });
  it('offers the allowed actions of a status', () => {
    expect(actionsFor('REPLIED')).toEqual(['FOLLOW_UP', 'CLOSE', 'REOPEN', 'HAND_OVER', 'ESCALATE']);
    expect(actionsFor('CLOSED')).toEqual(['REOPEN', 'ESCALATE']);
  });
});

describe('time limits', () => {
  it('ends N working days at local midnight, skipping the weekend', () => {
    // Friday 2026-11-20 16:00 + 1 working day → end of Monday 23rd.
    expect(dueAt(local('2026-11-20T16:00:00'), { amount: 1, unit: 'WORKING_DAYS' })).toEqual(local('2026-11-23T23:59:59.999'));
    // Saturday → Monday too.
    expect(dueAt(local('2026-11-21T09:00:00'), { amount: 1, unit: 'WORKING_DAYS' })).toEqual(local('2026-11-23T23:59:59.999'));
    // Monday + 7 working days → Wednesday of the next week.
    expect(dueAt(local('2026-11-23T10:00:00'), { amount: 7, unit: 'WORKING_DAYS' })).toEqual(local('2026-12-02T23:59:59.999'));
    // 00:30 local on Tuesday is still Monday in UTC: the local day counts.
    expect(dueAt(local('2026-11-24T00:30:00'), { amount: 1, unit: 'WORKING_DAYS' })).toEqual(local('2026-11-25T23:59:59.999'));
  });
  it('counts hours on the clock and never lets acceptance fall after the reply', () => {
    const friday = local('2026-11-20T16:00:00');
    expect(deadlinesFor(friday, DEFAULT_TIME_LIMITS.URGENT)).toEqual({ acceptDueAt: local('2026-11-21T16:00:00'), replyDueAt: local('2026-11-21T16:00:00') });
    expect(deadlinesFor(friday, DEFAULT_TIME_LIMITS.COMPLEX).replyDueAt).toEqual(local('2026-12-11T23:59:59.999'));
  });
});

describe('rates', () => {
  const counts: ComplaintRateCounts = { acceptanceDue: 8, acceptedOnTime: 6, replyDue: 4, repliedOnTime: 3, reached: 3, resolved: 2, satisfied: 3 };
  it('divides the defined counts', () => {
    expect(complaintRate('RESPONSE_RATE', counts)).toEqual({ numerator: 6, denominator: 8, value: 75 });
    expect(complaintRate('RESOLUTION_RATE', counts)).toEqual({ numerator: 2, denominator: 3, value: 66.67 });
    expect(complaintRate('SATISFACTION_RATE', counts)).toEqual({ numerator: 3, denominator: 3, value: 100 });
    expect(complaintRate('ON_TIME_RATE', counts)).toEqual({ numerator: 3, denominator: 4, value: 75 });
    expect(complaintRate('ON_TIME_RATE', { ...counts, replyDue: 0, repliedOnTime: 0 }).value).toBeNull();
  });
  it('scales counts per 10,000 people', () => {
    expect(perTenThousand(3, 1500)).toBe(20);
    expect(perTenThousand(1, 0)).toBeNull();
  });
  it('calls a category rising only with enough volume and increase', () => {
    expect(risingGrowth(12, 12)).toEqual({ baseline: 4, growth: 2, rising: true });
    expect(risingGrowth(4, 0)).toMatchObject({ rising: false });
    expect(risingGrowth(9, 21)).toMatchObject({ rising: false });
  });
});

describe('contacts', () => {
  it('normalises phones', () => {
    expect(normalisePhone('+86 138-0000-1234')).toBe('13800001234');
    expect(normalisePhone('0539-7212345')).toBe('05397212345');
    expect(normalisePhone('12345')).toBeNull();
  });
  it('checks resident ID numbers', () => {
    const first17 = '37119919850312002';
    const id = `${first17}${idNumberCheck(first17)}`;
    expect(normaliseIdNumber(id.toLowerCase())).toBe(id);
    expect(normaliseIdNumber(`${first17}${idNumberCheck(first17) === '1' ? '2' : '1'}`)).toBeNull();
    expect(normaliseIdNumber('371199198502300021')).toBeNull();
  });
});
