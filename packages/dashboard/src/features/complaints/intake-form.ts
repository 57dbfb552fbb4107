import { ComplaintLevel, ComplaintUrgency, normaliseIdNumber, normalisePhone, type ComplaintCategory, type ComplaintChannel } from '@township/shared';
import type { RegisterComplaintInput } from '@/gql/graphql';

/** The intake form's fields and their checks: the same rules as the API, so most mistakes never leave the browser. */
export interface IntakeForm {
  villageId: string | null;
  channel: ComplaintChannel | null;
  category: ComplaintCategory | null;
  urgency: ComplaintUrgency;
  level: ComplaintLevel;
  receivedAt: string | null;
  description: string;
  complainantName: string;
  complainantPhone: string;
  complainantIdNumber: string;
}

export const EMPTY_INTAKE: IntakeForm = {
  villageId: null,
  channel: null,
  category: null,
  urgency: ComplaintUrgency.General,
  level: ComplaintLevel.Township,
  receivedAt: null,
  description: '',
  complainantName: '',
  complainantPhone: '',
  complainantIdNumber: '',
};

export type IntakeProblem = 'required' | 'phoneInvalid' | 'idInvalid' | 'descriptionLength';

/** The problem of one field, or null. */
export function intakeProblem(field: keyof IntakeForm, form: IntakeForm): IntakeProblem | null {
  switch (field) {
    case 'villageId':
    case 'channel':
    case 'category':
      return form[field] ? null : 'required';
    case 'description': {
      const length = form.description.trim().length;
      return length === 0 ? 'required' : length < 5 || length > 2000 ? 'descriptionLength' : null;
    }
    case 'complainantPhone':
      return form.complainantPhone.trim() && !normalisePhone(form.complainantPhone) ? 'phoneInvalid' : null;
    case 'complainantIdNumber':
      return form.complainantIdNumber.trim() && !normaliseIdNumber(form.complainantIdNumber) ? 'idInvalid' : null;
    default:
      return null;
  }
}

export function toRegisterInput(form: IntakeForm): RegisterComplaintInput {
  const text = (value: string) => value.trim() || null;
  return {
    villageId: form.villageId!,
    channel: form.channel!,
    category: form.category!,
    urgency: form.urgency,
    level: form.level,
    receivedAt: form.receivedAt,
    description: form.description.trim(),
    complainantName: text(form.complainantName),
    complainantPhone: text(form.complainantPhone),
    complainantIdNumber: text(form.complainantIdNumber),
  };
}

/** The form field an API error names (`input.complainantPhone` → `complainantPhone`). */
export function fieldOfError(field: string | null): keyof IntakeForm | null {
  const name = field?.replace(/^input\./, '');
  return name && name in EMPTY_INTAKE ? (name as keyof IntakeForm) : null;
}
