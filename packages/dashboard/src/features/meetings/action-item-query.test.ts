import { describe, expect, it } from 'vitest';
import { EMPTY_ACTION_ITEM_STATE, parseActionItemQuery, toActionItemFilter, toActionItemQuery } from './action-item-query';

describe('action-item tracker query', () => {
  it('round-trips through the URL and keeps the township', () => {
    const state = { status: ['OPEN', 'IN_PROGRESS'] as ('OPEN' | 'IN_PROGRESS')[], overdue: true, owner: { kind: 'department' as const, id: '9' } };
    const query = toActionItemQuery(state, { township: '2', status: 'DONE' });
    expect(query).toEqual({ township: '2', status: 'OPEN,IN_PROGRESS', overdue: '1', owner: 'department-9' });
    expect(parseActionItemQuery(query as Record<string, string>)).toEqual(state);
  });

  it('drops what a hand-edited link gets wrong', () => {
    expect(parseActionItemQuery({ status: 'NOPE,DONE', overdue: 'yes', owner: 'village-3' })).toEqual({ ...EMPTY_ACTION_ITEM_STATE, status: ['DONE'] });
    expect(parseActionItemQuery({ owner: ['cadre-5', 'cadre-6'] }).owner).toEqual({ kind: 'cadre', id: '5' });
  });

  it('clears the filters it no longer has from the URL', () => {
    expect(toActionItemQuery(EMPTY_ACTION_ITEM_STATE, { township: '2', status: 'OPEN', overdue: '1', owner: 'cadre-4' })).toEqual({ township: '2' });
  });

  it('sends only the conditions that are set', () => {
    expect(toActionItemFilter({ ...EMPTY_ACTION_ITEM_STATE, owner: { kind: 'cadre', id: '4' } }, '2')).toEqual({
      townshipId: '2',
      status: null,
      overdue: null,
      ownerCadreId: '4',
      ownerDepartmentId: null,
    });
  });
});
