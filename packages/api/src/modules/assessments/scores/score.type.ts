import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { AssessmentGrade, AssessmentItemKind, CombinationPair, VetoKind } from '@township/shared';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { AssessmentGradeEnum, AssessmentItemKindEnum, CombinationPairEnum, VetoKindEnum } from '../assessment.enums.js';

@ObjectType('ScoreInput', { description: 'One named input behind an item’s points (numerator, target, grade…).' })
export class ScoreInputType {
  @Field(() => String, { description: 'Name of the input, e.g. numerator, target, verified.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Its value as text; null when missing.' }) value!: string | null;
}

@ObjectType('ItemScore', { description: 'Points of one item of the scheme, with the inputs and rule that produced them.' })
export class ItemScoreType {
  @Field(() => String, { description: 'Item code.' }) code!: string;
  @Field(() => String, { description: 'Item name.' }) name!: string;
  @Field(() => String, { description: 'Category of the item.' }) category!: string;
  @Field(() => AssessmentItemKindEnum, { description: 'Kind of item.' }) kind!: AssessmentItemKind;
  @Field(() => Float, { description: 'Points earned (negative for a deduction).' }) points!: number;
  @Field(() => Float, { description: 'Weight of the item.' }) maxPoints!: number;
  @Field(() => Float, { nullable: true, description: 'The measured value the rule was applied to (rate, discrepancy %, grade share %); null when missing.' })
  value!: number | null;
  @Field(() => Float, { description: 'Points from routine data (reported figures, routine grades).' }) routinePoints!: number;
  @Field(() => Float, { nullable: true, description: 'Points from sampling (spot-checked values or grades); null when not sampled.' }) spotPoints!:
    number | null;
  @Field(() => String, { description: 'Where the value came from: REPORTED, VERIFIED, GRADED, SURVEY, STAND_IN, SAMPLED, MISSING or RECORDED.' })
  source!: string;
  @Field(() => String, { description: 'The rule in words (Chinese).' }) rule!: string;
  @Field(() => String, { description: 'What an inspector reads out at a meeting (Chinese): inputs, rule, points.' }) explanation!: string;
  @Field(() => [ScoreInputType], { description: 'The structured inputs.' }) inputs!: ScoreInputType[];
  @Field(() => [String], { description: 'What inspectors recorded that the points rest on: grades with reasons, bonus and deduction entries.' })
  notes!: string[];
}

@ObjectType('CombinationScore', { description: 'One of the four combinations (四个结合): the regular points split into two sides.' })
export class CombinationScoreType {
  @Field(() => CombinationPairEnum, { description: 'Which combination.' }) pair!: CombinationPair;
  @Field(() => String, { description: 'Name of the left side, e.g. 定性.' }) leftLabel!: string;
  @Field(() => Float, { description: 'Points on the left side.' }) leftPoints!: number;
  @Field(() => Float, { description: 'Weight of the left side.' }) leftMax!: number;
  @Field(() => String, { description: 'Name of the right side, e.g. 定量.' }) rightLabel!: string;
  @Field(() => Float, { description: 'Points on the right side.' }) rightPoints!: number;
  @Field(() => Float, { description: 'Weight of the right side.' }) rightMax!: number;
}

@ObjectType('VetoReason', { description: 'Evidence of a one-vote veto (一票否决).' })
export class VetoReasonType {
  @Field(() => VetoKindEnum, { description: 'The failure.' }) kind!: VetoKind;
  @Field(() => String, { description: 'When it happened (YYYY-MM-DD).' }) occurredOn!: string;
  @Field(() => String, { description: 'What happened.' }) summary!: string;
  @Field(() => String, { description: 'Where the evidence is: `veto_event:<id>` (recorded by an inspector) or another feature’s record.' }) source!: string;
}

@ObjectType('VillageScore', { description: "A village's assessment result for one period." })
export class VillageScoreType {
  villageId!: number;
  townshipId!: number;
  @Field(() => String, { description: 'The period: a quarter (`2026-Q3`) or a year (`2026`).' }) period!: string;
  @Field(() => Int, { description: 'The scheme that scored it.' }) schemeId!: number;
  @Field(() => Int, { description: 'The version of the scheme it was computed with.' }) schemeVersion!: number;
  @Field(() => Float, { description: 'Total points (regular items plus bonuses minus deductions).' }) total!: number;
  @Field(() => AssessmentGradeEnum, { description: 'Grade; 不合格 whenever vetoed.' }) grade!: AssessmentGrade;
  @Field(() => Boolean, { description: 'Whether a one-vote veto applies.' }) vetoed!: boolean;
  @Field(() => [VetoReasonType], { description: 'The veto evidence (empty when not vetoed).' }) vetoReasons!: VetoReasonType[];
  @Field(() => Int, { description: 'Rank in its township (vetoed last; ties share a rank).' }) rankTownship!: number;
  @Field(() => Int, { description: 'Villages ranked in its township.' }) townshipSize!: number;
  @Field(() => Int, { description: 'Rank in the county.' }) rankCounty!: number;
  @Field(() => Int, { nullable: true, description: 'County rank in the previous period (null when there is none).' }) previousRankCounty!: number | null;
  @Field(() => Float, { nullable: true, description: 'Total in the previous period.' }) previousTotal!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places gained in the county since the previous period (negative: lost).' }) rankChange!: number | null;
  @Field(() => [ItemScoreType], { description: 'Points per item with explanations.' }) items!: ItemScoreType[];
  @Field(() => [CombinationScoreType], { description: 'The four combinations (四个结合).' }) combinations!: CombinationScoreType[];
  @Field(() => String, { description: 'How the total became the grade (Chinese).' }) explanation!: string;
  @Field(() => DateTimeScalar, { description: 'When it was computed.' }) computedAt!: Date;
  @Field(() => Boolean, { description: 'True when the village’s statistics for the period changed after this was computed (recompute to refresh).' })
  stale!: boolean;
}

@ObjectType('GradeCount', { description: 'How many villages got a grade.' })
export class GradeCountType {
  @Field(() => AssessmentGradeEnum, { description: 'The grade.' }) grade!: AssessmentGrade;
  @Field(() => Int, { description: 'Villages.' }) count!: number;
}

@ObjectType('AssessmentOverview', { description: 'Grades, vetoes and biggest movers of a period, over the villages in your scope.' })
export class AssessmentOverviewType {
  @Field(() => String, { description: 'The period.' }) period!: string;
  @Field(() => Int, { description: 'Villages with a result.' }) villages!: number;
  @Field(() => Float, { nullable: true, description: 'Average total.' }) averageTotal!: number | null;
  @Field(() => [GradeCountType], { description: 'Villages per grade, 优秀 to 不合格.' }) grades!: GradeCountType[];
  @Field(() => Int, { description: 'Vetoed villages.' }) vetoed!: number;
  @Field(() => Int, { description: 'Villages on the lagging list now.' }) lagging!: number;
  @Field(() => [VillageScoreType], { description: 'Villages that gained most county places since the previous period (up to 3).' }) risers!: VillageScoreType[];
  @Field(() => [VillageScoreType], { description: 'Villages that lost most county places (up to 3).' }) fallers!: VillageScoreType[];
}

@ObjectType('RecomputeSummary', { description: 'What a recompute did.' })
export class RecomputeSummaryType {
  @Field(() => Int, { description: 'The scheme.' }) schemeId!: number;
  @Field(() => Int, { description: 'Its version used.' }) schemeVersion!: number;
  @Field(() => String, { description: 'The period recomputed.' }) period!: string;
  @Field(() => Int, { description: 'Villages scored.' }) villages!: number;
  @Field(() => Int, { description: 'Of which vetoed.' }) vetoed!: number;
  @Field(() => Int, { description: 'Time taken, milliseconds.' }) milliseconds!: number;
}
