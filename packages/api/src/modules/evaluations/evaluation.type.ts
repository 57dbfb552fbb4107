import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DesignationKind, EvaluationItem, EvaluatorGroup, FollowUpChange } from '@township/shared';
import { DateScalar } from '../../graphql/scalars.js';
import { DesignationKindEnum, EvaluationItemEnum, EvaluatorGroupEnum, FollowUpChangeEnum } from './evaluation.enums.js';

@ObjectType('EvaluationRound', {
  description: 'A round of democratic evaluation of family-planning staff (民主评议), evaluated from above and below (上评下与下评上).',
})
export class EvaluationRoundType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'Name of the round.' }) name!: string;
  @Field(() => Int, { description: 'Year evaluated.' }) year!: number;
  @Field(() => DateScalar, { description: 'Day it was held.' }) heldOn!: string;
}

@ObjectType('EvaluatorGroupCount', { description: 'Votes cast by one evaluator group.' })
export class EvaluatorGroupCountType {
  @Field(() => EvaluatorGroupEnum, { description: 'The group.' }) group!: EvaluatorGroup;
  @Field(() => Int, { description: 'Votes (ballots).' }) votes!: number;
}

@ObjectType('EvaluationItemScore', { description: 'How one item was rated for one person.' })
export class EvaluationItemScoreType {
  @Field(() => EvaluationItemEnum, { description: 'The item.' }) item!: EvaluationItem;
  @Field(() => Int, { description: '好 votes.' }) good!: number;
  @Field(() => Int, { description: '中 votes.' }) fair!: number;
  @Field(() => Int, { description: '差 votes.' }) poor!: number;
  @Field(() => Float, { nullable: true, description: 'Score 0–100: (好×100 + 中×60) / votes; null without votes.' }) score!: number | null;
}

@ObjectType('EvaluationResult', { description: "One person's result in a round, with the counts behind it." })
export class EvaluationResultType {
  roundId!: number;
  cadreId!: number;
  @Field(() => Int, { nullable: true, description: 'Rank in the round (1 = best; ties share); null without votes.' }) rank!: number | null;
  @Field(() => Int, { description: 'People ranked in the round.' }) ranked!: number;
  @Field(() => Float, { nullable: true, description: 'Overall score 0–100: the mean of the six item scores.' }) score!: number | null;
  @Field(() => Int, { description: 'Bad votes (差票): ballots rating 总体评价 差.' }) badVotes!: number;
  @Field(() => Int, { description: 'Ballots cast on the person.' }) votes!: number;
  @Field(() => [EvaluationItemScoreType], { description: 'The six items, in order.' }) items!: EvaluationItemScoreType[];
  @Field(() => [EvaluatorGroupCountType], { description: 'Ballots by evaluator group.' }) votesByGroup!: EvaluatorGroupCountType[];
  @Field(() => String, { description: 'The rule behind score, bad votes and rank.' }) rule!: string;
}

@ObjectType('EvaluationFollowUp', { description: 'How a help target fared in the next round (e.g. 12 bad votes → 1).' })
export class EvaluationFollowUpType {
  roundId!: number;
  @Field(() => Int, { description: 'Bad votes in the next round.' }) badVotes!: number;
  @Field(() => Float, { nullable: true, description: 'Score in the next round.' }) score!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the next round.' }) rank!: number | null;
  @Field(() => FollowUpChangeEnum, {
    description: 'IMPROVED with fewer bad votes than when designated, UNCHANGED with as many (whatever the score), WORSE with more.',
  })
  change!: FollowUpChange;
  @Field(() => Boolean, { description: 'Whether bad votes fell (change is IMPROVED).' }) improved!: boolean;
}

@ObjectType('EvaluationDesignation', {
  description: 'A help target (重点帮促对象) with its rectification, or a service model (服务标兵), as the round designated them.',
})
export class EvaluationDesignationType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => DesignationKindEnum, { description: 'HELP_TARGET or SERVICE_MODEL.' }) kind!: DesignationKind;
  @Field(() => Int, { description: 'Rank when designated.' }) rank!: number;
  @Field(() => Float, { description: 'Score when designated.' }) score!: number;
  @Field(() => Int, { description: 'Bad votes when designated.' }) badVotes!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Rectification deadline (help targets).' }) deadline!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day the rectification was accepted as done.' }) rectifiedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Note on the progress.' }) note!: string | null;
}
