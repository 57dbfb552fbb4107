import { registerEnumType } from 'type-graphql';
import {
  ACCOUNTABILITY_MEASURE_LABELS,
  ACCOUNTABILITY_REASON_LABELS,
  AccountabilityMeasure,
  AccountabilityReason,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_EVENT_LABELS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_RATE_LABELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_URGENCY_LABELS,
  ComplaintAction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintEventKind,
  ComplaintLevel,
  ComplaintRateKey,
  ComplaintStatus,
  ComplaintUrgency,
  Satisfaction,
  SATISFACTION_LABELS,
  TimeLimitUnit,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

/** The complaint enums for GraphQL, keyed by value so the schema says MAINTENANCE_FEE (see graphql/enums.ts). */
export const ComplaintChannelEnum = byValue(ComplaintChannel);
export const ComplaintCategoryEnum = byValue(ComplaintCategory);
export const ComplaintUrgencyEnum = byValue(ComplaintUrgency);
export const ComplaintLevelEnum = byValue(ComplaintLevel);
export const ComplaintStatusEnum = byValue(ComplaintStatus);
export const ComplaintActionEnum = byValue(ComplaintAction);
export const ComplaintEventKindEnum = byValue(ComplaintEventKind);
export const SatisfactionEnum = byValue(Satisfaction);
export const AccountabilityReasonEnum = byValue(AccountabilityReason);
export const AccountabilityMeasureEnum = byValue(AccountabilityMeasure);
export const ComplaintRateKeyEnum = byValue(ComplaintRateKey);
export const TimeLimitUnitEnum = byValue(TimeLimitUnit);

/** How hotspots and rates are broken down below the unit asked about. */
export const ComplaintBreakdown = { WHOLE: 'WHOLE', TOWNSHIP: 'TOWNSHIP', VILLAGE: 'VILLAGE' } as const;
export type ComplaintBreakdown = (typeof ComplaintBreakdown)[keyof typeof ComplaintBreakdown];

registerEnumType(ComplaintChannelEnum, {
  name: 'ComplaintChannel',
  description: 'Where a complaint came in.',
  valuesConfig: describe(COMPLAINT_CHANNEL_LABELS),
});
registerEnumType(ComplaintCategoryEnum, {
  name: 'ComplaintCategory',
  description: 'What a complaint is about: the sensitive categories of the sources, or other.',
  valuesConfig: describe(COMPLAINT_CATEGORY_LABELS),
});
registerEnumType(ComplaintUrgencyEnum, {
  name: 'ComplaintUrgency',
  description: 'How fast the matter must be answered; picks the time limit.',
  valuesConfig: describe(COMPLAINT_URGENCY_LABELS),
});
registerEnumType(ComplaintLevelEnum, {
  name: 'ComplaintLevel',
  description: 'The highest level a matter has reached; ABOVE_COUNTY is a one-vote-veto event for the village.',
  valuesConfig: describe(COMPLAINT_LEVEL_LABELS),
});
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description: 'Where a complaint stands: RECEIVED → ACCEPTED → IN_PROGRESS → REPLIED → CLOSED (reopening returns to IN_PROGRESS).',
  valuesConfig: describe(COMPLAINT_STATUS_LABELS),
});
registerEnumType(ComplaintActionEnum, {
  name: 'ComplaintAction',
  description: 'A step a handler can take on a complaint.',
  valuesConfig: describe(COMPLAINT_ACTION_LABELS),
});
registerEnumType(ComplaintEventKindEnum, {
  name: 'ComplaintEventKind',
  description: 'What a timeline entry records.',
  valuesConfig: describe(COMPLAINT_EVENT_LABELS),
});
registerEnumType(SatisfactionEnum, {
  name: 'Satisfaction',
  description: "The complainant's answer on the follow-up call (回访).",
  valuesConfig: describe(SATISFACTION_LABELS),
});
registerEnumType(AccountabilityReasonEnum, {
  name: 'AccountabilityReason',
  description: 'Why an accountability record (责任追究) was opened.',
  valuesConfig: describe(ACCOUNTABILITY_REASON_LABELS),
});
registerEnumType(AccountabilityMeasureEnum, {
  name: 'AccountabilityMeasure',
  description: 'What a leader decided on an accountability record.',
  valuesConfig: describe(ACCOUNTABILITY_MEASURE_LABELS),
});
registerEnumType(ComplaintRateKeyEnum, {
  name: 'ComplaintRateKey',
  description: 'A complaint-handling rate, as hotline systems measure them.',
  valuesConfig: describe(COMPLAINT_RATE_LABELS),
});
registerEnumType(TimeLimitUnitEnum, {
  name: 'TimeLimitUnit',
  description: 'How a time limit is counted.',
  valuesConfig: {
    HOURS: { description: 'Hours on the clock (小时).' },
    WORKING_DAYS: { description: 'Monday-to-Friday days after the day of receipt, ending at local midnight (工作日).' },
  },
});
registerEnumType(ComplaintBreakdown, {
  name: 'ComplaintBreakdown',
  description: 'How figures are broken down below the unit asked about.',
  valuesConfig: {
    WHOLE: { description: 'The unit as a whole (one row).' },
    TOWNSHIP: { description: 'One row per township below the unit.' },
    VILLAGE: { description: 'One row per village below the unit.' },
  },
});
