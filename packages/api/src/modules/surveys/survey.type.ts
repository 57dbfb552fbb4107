import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SatisfactionAnswer, SurveyChannel, SurveyScale, SurveyStatus } from '@township/shared';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { ImportProblem, SatisfactionAnswerEnum, SurveyChannelEnum, SurveyScaleEnum, SurveyStatusEnum } from './survey.enums.js';

@ObjectType('SurveyCampaign', {
  description: 'A household satisfaction survey (群众满意率调查): questionnaire, sample and responses. Figures on it cover the villages inside your scope.',
})
export class SurveyCampaignType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'Name of the campaign.' }) name!: string;
  @Field(() => Int, { description: 'The year whose work is assessed.' }) year!: number;
  @Field(() => SurveyScaleEnum, { description: 'Answer scale of the questionnaire.' }) scale!: SurveyScale;
  @Field(() => SurveyStatusEnum, { description: 'OPEN while responses are taken.' }) status!: SurveyStatus;
  @Field(() => DateScalar, { description: 'First day of fieldwork.' }) startedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day the campaign was closed.' }) endedOn?: string | null;
}

@ObjectType('SurveyItem', { description: 'One question of a questionnaire.' })
export class SurveyItemType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => Int, { description: 'Position in the questionnaire, from 1.' }) position!: number;
  @Field(() => String, { description: 'Short code, the column header in import files.' }) code!: string;
  @Field(() => String, { description: 'The question.' }) text!: string;
  @Field(() => Boolean, { description: "Whether this is the overall-satisfaction question, the campaign's headline rate." }) overall!: boolean;
}

@ObjectType('AnswerCount', { description: 'How many answers of one kind a figure counts.' })
export class AnswerCountType {
  @Field(() => SatisfactionAnswerEnum, { description: 'The answer.' }) answer!: SatisfactionAnswer;
  @Field(() => Int, { description: 'Number of answers.' }) count!: number;
}

@ObjectType('SatisfactionResult', {
  description: 'A satisfaction rate with its inputs: rate = satisfied / valid, with a 95% Wilson interval. Percentages are 0–100, unrounded.',
})
export class SatisfactionResultType {
  campaignId!: number;
  orgUnitId!: number | null;
  itemId!: number | null;
  @Field(() => [AnswerCountType], { description: 'Answers by kind (every answer of the scale, zeros included).' }) answers!: AnswerCountType[];
  @Field(() => Int, { description: 'All answers, 不了解 included.' }) total!: number;
  @Field(() => Int, { description: 'Answers counted satisfied (很满意, 满意, 基本满意).' }) satisfied!: number;
  @Field(() => Int, { description: 'Valid answers: all but 不了解. The denominator.' }) valid!: number;
  @Field(() => Float, { nullable: true, description: 'Satisfaction rate, % (null without valid answers).' }) rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% Wilson interval, %.' }) low!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95% Wilson interval, %.' }) high!: number | null;
  @Field(() => Boolean, { description: 'Whether there are enough valid answers to rank the unit (see rule).' }) rankable!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the rankable units of the same grouping (1 = most satisfied; ties share); null when not rankable or not ranked.',
  })
  rank!: number | null;
  @Field(() => String, { description: 'The rule behind the figure.' }) rule!: string;
}

@ObjectType('SampleVillage', { description: "One village of a campaign's sample: households drawn and answered." })
export class SampleVillageType {
  villageId!: number;
  @Field(() => Int, { description: 'Households drawn.' }) sampled!: number;
  @Field(() => Int, { description: 'Households that have answered.' }) answered!: number;
}

@ObjectType('SampledHousehold', { description: 'A household drawn into the sample. Seen only by those who run surveys.' })
export class SampledHouseholdType {
  id!: number;
  villageId!: number;
  @Field(() => String, { description: 'The reference on its form: village code and sample ordinal.' }) reference!: string;
  @Field(() => Int, { description: 'Position in the village draw, from 1.' }) ordinal!: number;
  @Field(() => Int, { description: "The household's number in the village register: whom to visit." }) registerNo!: number;
  @Field(() => Boolean, { description: 'Whether it has answered.' }) answered!: boolean;
  @Field(() => SurveyChannelEnum, { nullable: true, description: 'How it answered.' }) channel!: SurveyChannel | null;
}

@ObjectType('SurveyResponseReceipt', { description: 'Confirmation of a recorded response (it carries no answers: responses are anonymous).' })
export class SurveyResponseReceiptType {
  @Field(() => String, { description: 'The household reference.' }) reference!: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) recordedAt!: Date;
}

@ObjectType('ImportRowError', { description: 'Why one row of an import file was refused.' })
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Line of the file (1 is the header row).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault, as headed in the file.' }) column!: string | null;
  @Field(() => ImportProblem, { description: 'What is wrong, as a code to word in any language.' }) problem!: ImportProblem;
  @Field(() => String, { nullable: true, description: 'The text at fault (a cell, a reference, a question code), where there is one.' }) value?: string | null;
  @Field(() => Int, { nullable: true, description: 'DUPLICATE_IN_FILE: the line the household is first on.' }) previousLine?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'ANSWERED_DIFFERENTLY: when its answers were recorded.' }) recordedOn?: string | null;
  @Field(() => String, { description: 'What is wrong, in English.' }) reason!: string;
}

@ObjectType('SurveyImportReport', { description: 'What an import found in the file and what it wrote.' })
export class SurveyImportReportType {
  @Field(() => String, { description: 'The file name given.' }) fileName!: string;
  @Field(() => Int, { description: 'Data rows in the file (blank lines not counted).' }) dataRows!: number;
  @Field(() => Int, { description: 'Responses written by this import.' }) written!: number;
  @Field(() => Int, {
    description: 'Rows skipped because the same answers of that household were already recorded (importing a file twice does not double answers).',
  })
  alreadyRecorded!: number;
  @Field(() => Int, { description: 'Rows refused.' }) rejected!: number;
  @Field(() => [ImportRowErrorType], { description: 'Every refused row, by line, with the reason.' }) errors!: ImportRowErrorType[];
  @Field(() => Boolean, { description: 'Whether anything was written (false for a dry run, or when ALL_OR_NOTHING met a bad row).' }) committed!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When this very file (same bytes) was imported before, if it was.' })
  previousImportAt!: Date | null;
}

@ObjectType('SurveyImportRecord', { description: 'A past import of paper forms.' })
export class SurveyImportRecordType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'The file name given.' }) fileName!: string;
  @Field(() => Int, { description: 'Data rows in the file.' }) dataRows!: number;
  @Field(() => Int, { description: 'Responses written.' }) written!: number;
  @Field(() => Int, { description: 'Rows already recorded before.' }) alreadyRecorded!: number;
  @Field(() => Int, { description: 'Rows refused.' }) rejected!: number;
  @Field(() => DateTimeScalar, { description: 'When.' }) importedAt!: Date;
}

@ObjectType('FileDownload', { description: 'A file to save, base64-encoded.' })
export class FileDownloadType {
  @Field(() => String, { description: 'Suggested file name.' }) fileName!: string;
  @Field(() => String, { description: 'MIME type.' }) mimeType!: string;
  @Field(() => String, { description: 'The bytes, base64.' }) contentBase64!: string;
}

@ObjectType('SatisfactionTrendPoint', { description: "One campaign's overall satisfaction of a unit, for trends across campaigns." })
export class SatisfactionTrendPointType {
  @Field(() => SurveyCampaignType, { description: 'The campaign.' }) campaign!: SurveyCampaignType;
  @Field(() => SatisfactionResultType, { description: 'The overall question, pooled over the villages of the unit inside your scope.' })
  result!: SatisfactionResultType;
}
