import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import type { QualitativeGrade, VetoKind } from '@township/shared';
import { DateScalar, MonthScalar } from '../../../graphql/scalars.js';
import { QualitativeGradeEnum, VetoKindEnum } from '../assessment.enums.js';

@InputType({ description: 'A routine check round (平时考核), monthly or quarterly.' })
export class CreateCheckRoundInput {
  @Field(() => ID, { description: 'The scheme checked against.' }) schemeId!: number;
  @Field(() => MonthScalar, { description: 'Month held; feeds that quarter and year.' }) month!: string;
  @Field(() => String, { description: 'Name read out in explanations, e.g. 2026年3月平时考核.' })
  @Length(1, 60, { message: 'name must be 1 to 60 characters' })
  name!: string;
}

@InputType({ description: 'A spot check drawn on the spot (现组织、现抽点).' })
export class DrawSpotCheckInput {
  @Field(() => ID, { description: 'The scheme checked against.' }) schemeId!: number;
  @Field(() => MonthScalar, { description: 'Month held.' }) month!: string;
  @Field(() => String, { description: 'Name, e.g. 2026年三季度抽查.' })
  @Length(1, 60, { message: 'name must be 1 to 60 characters' })
  name!: string;
  @Field(() => Int, { description: 'Villages drawn in each township.' })
  @Min(1, { message: 'perTownship must be at least 1' })
  @Max(50, { message: 'perTownship must be at most 50' })
  perTownship!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Seed of the draw; a random one is made and stored when omitted (the same seed redraws the same sample).',
  })
  @IsOptional()
  @Length(1, 64, { message: 'seed must be 1 to 64 characters' })
  seed?: string;
}

@InputType({ description: "An inspector's finding for one item." })
export class CheckValueInput {
  @Field(() => String, { description: 'Item code of the scheme.' }) itemCode!: string;
  @Field(() => QualitativeGradeEnum, { nullable: true, description: 'QUALITATIVE items: the grade.' }) grade?: QualitativeGrade;
  @Field(() => Float, { nullable: true, description: 'QUANTITATIVE items in a spot check: the value verified on the spot.' }) verifiedValue?: number;
  @Field(() => String, { description: 'The written reason (required).' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters' })
  reason!: string;
}

@InputType({ description: 'What an inspector recorded for one village in a round.' })
export class RecordCheckValuesInput {
  @Field(() => ID, { description: 'The round.' }) roundId!: number;
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => [CheckValueInput], { description: 'Findings, one per item.' }) values!: CheckValueInput[];
}

@InputType({ description: 'A veto event recorded by hand (一票否决).' })
export class RecordVetoEventInput {
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => VetoKindEnum, { description: 'The failure.' }) kind!: VetoKind;
  @Field(() => DateScalar, { description: 'When it happened.' }) occurredOn!: string;
  @Field(() => String, { description: 'What happened.' })
  @Length(1, 300, { message: 'summary must be 1 to 300 characters' })
  summary!: string;
  @Field(() => String, { description: 'Where the evidence is kept (file or case number).' })
  @Length(1, 200, { message: 'evidence must be 1 to 200 characters' })
  evidence!: string;
}

@InputType({ description: 'A bonus or deduction entry under a bonus or deduction item.' })
export class RecordAdjustmentInput {
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => String, { description: 'Code of a BONUS or DEDUCTION item.' }) itemCode!: string;
  @Field(() => MonthScalar, { description: 'Month it belongs to.' }) month!: string;
  @Field(() => Float, { description: 'Points (positive; the item says whether they add or deduct).' })
  @Min(0.01, { message: 'points must be positive' })
  @Max(100, { message: 'points must be at most 100' })
  points!: number;
  @Field(() => String, { description: 'Why.' })
  @Length(1, 300, { message: 'reason must be 1 to 300 characters' })
  reason!: string;
}
