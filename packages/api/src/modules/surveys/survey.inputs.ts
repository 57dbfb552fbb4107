import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SatisfactionAnswer, SurveyChannel, SurveyScale, SurveyStatus } from '@township/shared';
import { DateScalar } from '../../graphql/scalars.js';
import { ImportFileFormat, ImportMode, SatisfactionAnswerEnum, SurveyChannelEnum, SurveyScaleEnum, SurveyStatusEnum } from './survey.enums.js';

@InputType({ description: 'Narrows a list of survey campaigns.' })
export class SurveyCampaignFilter {
  @Field(() => Int, { nullable: true, description: 'Only campaigns assessing this year.' })
  year?: number;

  @Field(() => SurveyStatusEnum, { nullable: true, description: 'Only campaigns in this state.' })
  status?: SurveyStatus;
}

@InputType({ description: 'One question of a new questionnaire.' })
export class SurveyItemInput {
  @Field(() => String, { description: 'Short code, the column header in import files: a letter then letters or digits (Q1).' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,9}$/, { message: 'code must be a letter followed by up to 9 letters, digits or _' })
  code!: string;

  @Field(() => String, { description: 'The question as read to the household.' })
  @Length(1, 200, { message: 'text must be 1 to 200 characters' })
  text!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether this is the overall-satisfaction question (exactly one per questionnaire).' })
  overall: boolean = false;
}

@InputType({ description: 'A new survey campaign with its questionnaire.' })
export class CreateSurveyCampaignInput {
  @Field(() => ID, { description: 'The county or township that runs it; the sample comes from villages below it.' })
  organiserId!: number;

  @Field(() => String, { description: 'Name, e.g. 2026年度计划生育群众满意度调查.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @Field(() => Int, { description: 'The year whose work is assessed.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => SurveyScaleEnum, { description: 'Answer scale of every question.' })
  scale!: SurveyScale;

  @Field(() => DateScalar, { description: 'First day of fieldwork.' })
  startedOn!: string;

  @Field(() => [SurveyItemInput], { description: 'The questions, in order (1 to 30).' })
  @ArrayMinSize(1, { message: 'items must hold at least one question' })
  @ArrayMaxSize(30)
  @ValidateNested()
  items!: SurveyItemInput[];
}

@InputType({ description: 'How many households to draw in one village.' })
export class SampleVillageInput {
  @Field(() => ID, { description: 'The village (below the organiser, inside your scope).' })
  villageId!: number;

  @Field(() => Int, { description: 'Households to draw, at least 1 and at most the households on the village profile.' })
  @IsInt()
  @Min(1)
  @Max(2000)
  households!: number;
}

@InputType({ description: "A campaign's sampling plan. The draw is random but repeatable from the seed." })
export class DrawSurveySampleInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: number;

  @Field(() => Int, { nullable: true, description: 'Seed of the draw, 0 to 2147483647; a random one is chosen and stored when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2147483647)
  seed?: number | null;

  @Field(() => [SampleVillageInput], { description: 'Villages and households per village (1 to 500 villages).' })
  @ArrayMinSize(1, { message: 'villages must name at least one village' })
  @ArrayMaxSize(500)
  @ValidateNested()
  villages!: SampleVillageInput[];
}

@InputType({ description: 'The answer to one question.' })
export class SurveyAnswerInput {
  @Field(() => String, { description: 'Code of the question (Q1…).' })
  itemCode!: string;

  @Field(() => SatisfactionAnswerEnum, { description: "The answer; must be on the campaign's scale." })
  answer!: SatisfactionAnswer;
}

@InputType({ description: "A sampled household's answers." })
export class SurveyResponseInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: number;

  @Field(() => String, { description: 'The household reference on the form (village code and sample ordinal, e.g. 371199001001-007).' })
  @Length(1, 40)
  reference!: string;

  @Field(() => SurveyChannelEnum, { description: 'How the household was surveyed.' })
  channel!: SurveyChannel;

  @Field(() => [SurveyAnswerInput], { description: 'One answer per question of the questionnaire.' })
  @ArrayMaxSize(30)
  answers!: SurveyAnswerInput[];
}

@InputType({ description: 'A file of paper-form responses to import (see surveyImportTemplate for the layout).' })
export class ImportSurveyResponsesInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: number;

  @Field(() => String, { description: 'Name of the uploaded file, for the import record.' })
  @Length(1, 200)
  fileName!: string;

  @Field(() => ImportFileFormat, { description: 'CSV (UTF-8, BOM optional) or XLSX.' })
  format!: ImportFileFormat;

  @Field(() => String, { description: 'The file, base64-encoded; at most 512 KiB before encoding.' })
  contentBase64!: string;

  @Field(() => ImportMode, {
    defaultValue: ImportMode.ALL_OR_NOTHING,
    description: 'ALL_OR_NOTHING writes nothing when a row is bad; GOOD_ROWS writes the good rows.',
  })
  mode: ImportMode = ImportMode.ALL_OR_NOTHING;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the file and report, writing nothing.' })
  dryRun: boolean = false;
}
