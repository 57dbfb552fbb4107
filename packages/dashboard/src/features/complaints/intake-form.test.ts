import { describe, expect, it } from 'vitest';
import { EMPTY_INTAKE, fieldOfError, intakeProblem, toRegisterInput } from './intake-form';

describe('intake form', () => {
  const filled = { ...EMPTY_INTAKE, villageId: '12', channel: 'VISIT' as const, category: 'MAINTENANCE_FEE' as const, description: '对征收标准有异议' };
  it('checks each field as the API does', () => {
    expect(intakeProblem('villageId', EMPTY_INTAKE)).toBe('required');
    expect(intakeProblem('description', { ...filled, description: '太短' })).toBe('descriptionLength');
    expect(intakeProblem('complainantPhone', { ...filled, complainantPhone: '12345' })).toBe('phoneInvalid');
    expect(intakeProblem('complainantPhone', { ...filled, complainantPhone: '139 0000 0007' })).toBeNull();
    expect(intakeProblem('complainantIdNumber', { ...filled, complainantIdNumber: '371199198503120021' })).toBe('idInvalid');
    expect(intakeProblem('complainantName', filled)).toBeNull();
  });
  it('sends blanks as null (anonymous)', () => {
    expect(toRegisterInput(filled)).toMatchObject({
      complainantName: null,
      complainantPhone: null,
      complainantIdNumber: null,
      urgency: 'GENERAL',
      level: 'TOWNSHIP',
    });
  });
  it('maps an API field to the form', () => {
    expect(fieldOfError('input.complainantPhone')).toBe('complainantPhone');
    expect(fieldOfError('id')).toBeNull();
  });
});
