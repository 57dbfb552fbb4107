import { registerEnumType } from 'type-graphql';
import {
  SATISFACTION_ANSWER_LABELS,
  SatisfactionAnswer,
  SURVEY_CHANNEL_LABELS,
  SURVEY_SCALE_LABELS,
  SURVEY_STATUS_LABELS,
  SurveyChannel,
  SurveyScale,
  SurveyStatus,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

export const SurveyScaleEnum = byValue(SurveyScale);
export const SatisfactionAnswerEnum = byValue(SatisfactionAnswer);
export const SurveyChannelEnum = byValue(SurveyChannel);
export const SurveyStatusEnum = byValue(SurveyStatus);

/** How survey results are grouped. */
export const SatisfactionGrouping = { VILLAGE: 'VILLAGE', TOWNSHIP: 'TOWNSHIP', ITEM: 'ITEM', ALL: 'ALL' } as const;
export type SatisfactionGrouping = (typeof SatisfactionGrouping)[keyof typeof SatisfactionGrouping];

/** Why a row of a paper-form import was refused; the dashboard words each in the viewer's language. */
export const ImportProblem = {
  NO_HEADER: 'NO_HEADER',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
  NO_REFERENCE_COLUMN: 'NO_REFERENCE_COLUMN',
  NO_ITEM_COLUMN: 'NO_ITEM_COLUMN',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  EMPTY_REFERENCE: 'EMPTY_REFERENCE',
  BAD_CHANNEL: 'BAD_CHANNEL',
  EMPTY_ANSWER: 'EMPTY_ANSWER',
  BAD_ANSWER: 'BAD_ANSWER',
  NOT_A_QUESTION: 'NOT_A_QUESTION',
  ANSWERED_TWICE: 'ANSWERED_TWICE',
  NOT_ON_SCALE: 'NOT_ON_SCALE',
  MISSING_ANSWERS: 'MISSING_ANSWERS',
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  NOT_IN_SAMPLE: 'NOT_IN_SAMPLE',
  ANSWERED_DIFFERENTLY: 'ANSWERED_DIFFERENTLY',
} as const;
export type ImportProblem = (typeof ImportProblem)[keyof typeof ImportProblem];

/** Formats of the paper-form import file. */
export const ImportFileFormat = { CSV: 'CSV', XLSX: 'XLSX' } as const;
export type ImportFileFormat = (typeof ImportFileFormat)[keyof typeof ImportFileFormat];

/** What to do with a file that has bad rows. */
export const ImportMode = { ALL_OR_NOTHING: 'ALL_OR_NOTHING', GOOD_ROWS: 'GOOD_ROWS' } as const;
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode];

registerEnumType(SurveyScaleEnum, { name: 'SurveyScale', description: 'The answer scale of a questionnaire.', valuesConfig: describe(SURVEY_SCALE_LABELS) });
registerEnumType(SatisfactionAnswerEnum, {
  name: 'SatisfactionAnswer',
  description:
    'An answer on a satisfaction scale. VERY_SATISFIED, SATISFIED and BASICALLY_SATISFIED count as satisfied; UNKNOWN (不了解) is not a valid answer.',
  valuesConfig: describe(SATISFACTION_ANSWER_LABELS),
});
registerEnumType(SurveyChannelEnum, { name: 'SurveyChannel', description: 'How a household was surveyed.', valuesConfig: describe(SURVEY_CHANNEL_LABELS) });
registerEnumType(SurveyStatusEnum, {
  name: 'SurveyStatus',
  description: 'Whether a campaign still takes responses.',
  valuesConfig: describe(SURVEY_STATUS_LABELS),
});
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
registerEnumType(ImportProblem, {
  name: 'ImportProblem',
  description: 'Why a row of a paper-form import was refused (`value` names the text at fault).',
  valuesConfig: {
    NO_HEADER: { description: 'The file has no header row.' },
    TOO_MANY_ROWS: { description: 'The file has more data rows than one import takes (`value`: how many).' },
    NO_REFERENCE_COLUMN: { description: 'No 样本编号 (reference) column.' },
    NO_ITEM_COLUMN: { description: 'No column for a question (`value`: its code).' },
    UNKNOWN_COLUMN: { description: 'A column that is not part of the questionnaire (`value`: its header).' },
    EMPTY_REFERENCE: { description: 'The household reference is empty.' },
    BAD_CHANNEL: { description: 'Not a channel: 入户走访, 电话访问 or 纸质问卷 (`value`: the text).' },
    EMPTY_ANSWER: { description: 'A question left empty; 不了解 is written when the household has no view (`value`: the question code).' },
    BAD_ANSWER: { description: 'Not an answer (`value`: the text).' },
    NOT_A_QUESTION: { description: 'Not a question of this questionnaire (`value`: the code).' },
    ANSWERED_TWICE: { description: 'A question answered twice (`value`: the code).' },
    NOT_ON_SCALE: { description: "An answer not on this campaign's scale (`value`: the answer)." },
    MISSING_ANSWERS: { description: 'Questions not answered (`value`: their codes).' },
    DUPLICATE_IN_FILE: { description: 'The household is already on an earlier line (`value`: the reference; `previousLine`).' },
    NOT_IN_SAMPLE: { description: "Not a household of this campaign's sample inside your scope (`value`: the reference)." },
    ANSWERED_DIFFERENTLY: { description: 'The household has already answered differently; one response per household (`value`: the reference; `recordedOn`).' },
  },
});
registerEnumType(ImportFileFormat, {
  name: 'ImportFileFormat',
  description: 'Format of an import file.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values, UTF-8 (with or without the BOM Excel writes).' },
    XLSX: { description: 'Excel workbook (first sheet).' },
  },
});
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'What an import does when some rows are bad.',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Write nothing when any row is bad (the default).' },
    GOOD_ROWS: { description: 'Write the good rows and report the bad ones.' },
  },
});
