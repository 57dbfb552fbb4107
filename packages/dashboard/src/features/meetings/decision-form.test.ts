import { describe, expect, it } from 'vitest';
import { decisionFormProblem, decisionInput, emptyActionRow, type DecisionForm } from './decision-form';

const complete: DecisionForm = {
  agendaItemId: '7',
  text: ' 超期信访实行包案 ',
  actions: [
    { title: '超期信访全部办结', owner: 'cadre:12', deadline: '2026-12-31', nextReviewOn: '' },
    { title: '联合处置', owner: 'department:3', deadline: '2027-01-15', nextReviewOn: '2026-12-20' },
  ],
};

describe('decision form', () => {
  it('names the first missing field and its row', () => {
    expect(decisionFormProblem({ ...complete, text: '  ' })).toEqual({ field: 'text', row: null });
    expect(decisionFormProblem({ ...complete, actions: [complete.actions[0], emptyActionRow()] })).toEqual({ field: 'actionTitle', row: 1 });
    expect(decisionFormProblem({ ...complete, actions: [{ ...complete.actions[0], owner: '' }] })).toEqual({ field: 'owner', row: 0 });
    expect(decisionFormProblem({ ...complete, actions: [{ ...complete.actions[0], deadline: '' }] })).toEqual({ field: 'deadline', row: 0 });
  });

  it('accepts a decision with no task, and a complete one', () => {
    expect(decisionFormProblem({ ...complete, actions: [] })).toBeNull();
    expect(decisionFormProblem(complete)).toBeNull();
  });

  it('sends owners as a cadre or a department id, and leaves out what was not given', () => {
    expect(decisionInput('3', complete)).toEqual({
      meetingId: '3',
      agendaItemId: '7',
      text: '超期信访实行包案',
      actionItems: [
        { title: '超期信访全部办结', deadline: '2026-12-31', nextReviewOn: null, ownerCadreId: '12', ownerDepartmentId: null },
        { title: '联合处置', deadline: '2027-01-15', nextReviewOn: '2026-12-20', ownerCadreId: null, ownerDepartmentId: '3' },
      ],
    });
    expect(decisionInput('3', { ...complete, agendaItemId: '' }).agendaItemId).toBeNull();
  });
});
