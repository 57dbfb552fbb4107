import { describe, expect, it } from 'vitest';
import { EMPTY_STEP_FORM, levelsAbove, missingField, stepVariables } from './step-form';

describe('step form', () => {
  it('requires what each step needs', () => {
    expect(missingField('ACCEPT', EMPTY_STEP_FORM)).toBeNull();
    expect(missingField('REPLY', { ...EMPTY_STEP_FORM, note: ' ' })).toBe('reply');
    expect(missingField('HAND_OVER', { ...EMPTY_STEP_FORM, note: '请核实' })).toBe('toUser');
    expect(missingField('FOLLOW_UP', { ...EMPTY_STEP_FORM, satisfaction: 'SATISFIED' })).toBe('resolved');
    expect(missingField('FOLLOW_UP', { ...EMPTY_STEP_FORM, satisfaction: 'UNREACHABLE' })).toBeNull();
  });
  it('sends the variables of the mutation', () => {
    expect(stepVariables('REPLY', '7', { ...EMPTY_STEP_FORM, note: ' 已答复 ' })).toEqual({ id: '7', reply: '已答复' });
    expect(stepVariables('FOLLOW_UP', '7', { ...EMPTY_STEP_FORM, satisfaction: 'UNREACHABLE', resolved: true })).toEqual({
      id: '7',
      input: { satisfaction: 'UNREACHABLE', resolved: null, note: null },
    });
    expect(stepVariables('HAND_OVER', '7', { ...EMPTY_STEP_FORM, note: '转办', toUserId: '3' })).toEqual({ id: '7', toUserId: '3', reason: '转办' });
  });
  it('offers only higher levels', () => {
    expect(levelsAbove('TOWNSHIP')).toEqual(['COUNTY', 'ABOVE_COUNTY']);
    expect(levelsAbove('ABOVE_COUNTY')).toEqual([]);
  });
});
