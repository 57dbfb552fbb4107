import { registerEnumType } from 'type-graphql';
import {
  SATISFACTION_ANSWER_LABELS, SatisfactionAnswer, SURVEY_CHANNEL_LABELS, SURVEY_SCALE_LABELS, SURVEY_STATUS_LABELS,
  SurveyChannel, SurveyScale, SurveyStatus,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

export const SurveyScaleEnum = byValue(SurveyScale);
export const SatisfactionAnswerEnum = byValue(SatisfactionAnswer);
export const SurveyChannelEnum = byValue(SurveyChannel);
export const SurveyStatusEnum = byValue(SurveyStatus);

/** How survey results are grouped. */
export const SatisfactionGrouping = { VILLAGE: 'VILLAGE', TOWNSHIP: 'TOWNSHIP', ITEM: 'ITEM', ALL: 'ALL' } as const;
export type SatisfactionGrouping = (typeof SatisfactionGrouping)[keyof typeof SatisfactionGrouping];

/** Formats of the paper-form import file. */
export const ImportFileFormat = { CSV: 'CSV', XLSX: 'XLSX' } as const;
export type ImportFileFormat = (typeof ImportFileFormat)[keyof typeof ImportFileFormat];

/** What to do with a file that has bad rows. */
export const ImportMode = { ALL_OR_NOTHING: 'ALL_OR_NOTHING', GOOD_ROWS: 'GOOD_ROWS' } as const;
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode];

registerEnumType(SurveyScaleEnum, { name: 'SurveyScale', description: 'The answer scale of a questionnaire.', valuesConfig: describe(SURVEY_SCALE_LABELS) });
registerEnumType(SatisfactionAnswerEnum, {
  name: 'SatisfactionAnswer',
  description: 'An answer on a satisfaction scale. VERY_SATISFIED, SATISFIED and BASICALLY_SATISFIED count as satisfied; UNKNOWN (不了解) is not a valid answer.',
  valuesConfig: describe(SATISFACTION_ANSWER_LABELS),
});
registerEnumType(SurveyChannelEnum, { name: 'SurveyChannel', description: 'How a household was surveyed.', valuesConfig: describe(SURVEY_CHANNEL_LABELS) });
registerEnumType(SurveyStatusEnum, { name: 'SurveyStatus', description: 'Whether a campaign still takes responses.', valuesConfig: describe(SURVEY_STATUS_LABELS) });
registerEnumType(SatisfactionGrouping, {
  name: 'SatisfactionGrouping',
  description: 'How satisfaction results are grouped.',
  valuesConfig: {
    VILLAGE: { description: 'One figure per sampled village (ranked among rankable villages).' },
    TOWNSHIP: { description: 'One figure per township, its sampled villages pooled.' },
    ITEM: { description: 'One figure per questionnaire item, over the whole scope.' },
    ALL: { description: 'One figure over the whole scope.' },
  },
});
registerEnumType(ImportFileFormat, {
  name: 'ImportFileFormat',
  description: 'Format of an import file.',
  valuesConfig: { CSV: { description: 'Comma-separated values, UTF-8 (with or without the BOM Excel writes).' }, XLSX: { description: 'Excel workbook (first sheet).' } },
});
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'What an import does when some rows are bad.',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Write nothing when any row is bad (the default).' },
    GOOD_ROWS: { description: 'Write the good rows and report the bad ones.' },
  },
});
