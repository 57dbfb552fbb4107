import { describe, expect, it } from 'vitest';
import { mayReport, readsMeetings } from './meeting-access';

describe('meeting access', () => {
  const viewer = (role: string, kind: string, canEdit = false) => ({ role, canEdit, scope: { kind } });
  it('keeps village officers out of the meetings', () => {
    expect(readsMeetings(viewer('LEADER', 'COUNTY'))).toBe(true);
    expect(readsMeetings(viewer('OFFICE', 'TOWN'))).toBe(true);
    expect(readsMeetings(viewer('VILLAGE', 'VILLAGE_COMMITTEE'))).toBe(false);
  });
  it('lets department users report only on department-owned items', () => {
    expect(mayReport(viewer('LEADER', 'COUNTY', true), { ownerDepartment: null })).toBe(true);
    expect(mayReport(viewer('DEPARTMENT', 'COUNTY'), { ownerDepartment: { id: '2' } })).toBe(true);
    expect(mayReport(viewer('DEPARTMENT', 'COUNTY'), { ownerDepartment: null })).toBe(false);
    expect(mayReport(viewer('ANALYST', 'COUNTY'), { ownerDepartment: { id: '2' } })).toBe(false);
  });
});
