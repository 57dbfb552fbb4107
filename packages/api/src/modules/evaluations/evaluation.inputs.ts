import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import type { EvaluationRating, EvaluatorGroup } from '@township/shared';
import { DateScalar } from '../../graphql/scalars.js';
import { EvaluationRatingEnum, EvaluatorGroupEnum } from './evaluation.enums.js';

@InputType({ description: 'A new round of democratic evaluation (民主评议).' })
export class CreateEvaluationRoundInput {
  @Field(() => ID, { description: 'The township (or county) holding it.' })
  orgUnitId!: number;

  @Field(() => String, { description: 'Name, e.g. 2026年上半年计生人员民主评议.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @Field(() => Int, { description: 'Year evaluated.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => DateScalar, { description: 'Day the evaluation was held.' })
  heldOn!: string;

  @Field(() => ID, { nullable: true, description: 'The previous round, whose help targets this one follows up.' })
  previousRoundId?: number | null;

  @Field(() => [ID], { description: 'The staff evaluated: cadres of the unit or its villages (2 to 500).' })
  @ArrayMinSize(2, { message: 'cadreIds must name at least two people' })
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'cadreIds lists someone twice' })
  cadreIds!: number[];
}

@InputType({ description: "One evaluator's ballot on one person: the six items rated 好/中/差." })
export class EvaluationBallotInput {
  @Field(() => ID, { description: 'The person evaluated (a subject of the round).' }) cadreId!: number;
  @Field(() => EvaluatorGroupEnum, { description: "The evaluator's group." }) group!: EvaluatorGroup;
  @Field(() => EvaluationRatingEnum, { description: '服务态度.' }) serviceAttitude!: EvaluationRating;
  @Field(() => EvaluationRatingEnum, { description: '工作作风.' }) workStyle!: EvaluationRating;
  @Field(() => EvaluationRatingEnum, { description: '办事效率.' }) efficiency!: EvaluationRating;
  @Field(() => EvaluationRatingEnum, { description: '履行职责.' }) dutyPerformance!: EvaluationRating;
  @Field(() => EvaluationRatingEnum, { description: '创新意识.' }) innovation!: EvaluationRating;
  @Field(() => EvaluationRatingEnum, { description: '总体评价; 差 here makes the ballot a bad vote (差票).' }) overall!: EvaluationRating;
}

@InputType({ description: 'Ballots of a round, as counted from the paper ballots.' })
export class RecordEvaluationVotesInput {
  @Field(() => ID, { description: 'The round.' }) roundId!: number;

  @Field(() => [EvaluationBallotInput], { description: 'Ballots (1 to 2000 per call).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested()
  ballots!: EvaluationBallotInput[];
}

@InputType({ description: "Turns a round's result into help targets and service models." })
export class DesignateEvaluationResultInput {
  @Field(() => ID, { description: 'The round.' }) roundId!: number;
  @Field(() => DateScalar, { description: 'Rectification deadline (限期整改) of the help targets.' }) deadline!: string;
  @Field(() => String, { nullable: true, description: 'A first rectification plan for every help target; each can be edited later.' })
  @IsOptional()
  @Length(0, 2000)
  plan?: string | null;
}

@InputType({ description: "Changes to a help target's rectification; omitted fields stay." })
export class UpdateHelpTargetInput {
  @Field(() => DateScalar, { nullable: true, description: 'New deadline.' }) deadline?: string | null;
  @Field(() => String, { nullable: true, description: 'The rectification plan (整改方案).' })
  @IsOptional()
  @Length(0, 2000)
  plan?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day the rectification was accepted as done.' }) rectifiedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Note on the progress.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}
