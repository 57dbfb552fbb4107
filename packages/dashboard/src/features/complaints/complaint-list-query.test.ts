import { describe, expect, it } from 'vitest';
import { EMPTY_LIST_STATE, parseComplaintListQuery, toComplaintFilter, toComplaintListQuery } from './complaint-list-query';

describe('complaint list query', () => {
  it('round-trips through the URL', () => {
    const state = {
      ...EMPTY_LIST_STATE,
      status: ['RECEIVED', 'IN_PROGRESS'] as const,
      category: ['MAINTENANCE_FEE'] as const,
      overdue: true,
      from: '2026-10-01',
      search: '票据',
    };
    const parsed = parseComplaintListQuery(
      toComplaintListQuery({ ...state, status: [...state.status], category: [...state.category] }) as Record<string, string>,
    );
    expect(parsed).toEqual({ ...state, status: ['RECEIVED', 'IN_PROGRESS'], category: ['MAINTENANCE_FEE'] });
  });
  it('drops what a hand-edited link gets wrong', () => {
    expect(parseComplaintListQuery({ status: 'NOPE,CLOSED', from: '2026-13', overdue: 'yes' })).toEqual({ ...EMPTY_LIST_STATE, status: ['CLOSED'] });
  });
  it('sends only the conditions that are set', () => {
    expect(toComplaintFilter({ ...EMPTY_LIST_STATE, mine: true })).toEqual({
      status: null,
      category: null,
      channel: null,
      orgUnitId: null,
      overdue: null,
      mine: true,
      repeat: null,
      receivedFrom: null,
      receivedTo: null,
      search: null,
    });
  });
});
