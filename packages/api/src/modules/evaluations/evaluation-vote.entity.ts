import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { EvaluationRating, EvaluatorGroup } from '@township/shared';
import { Cadre } from '../cadres/cadre.entity.js';
import { EvaluationRound } from './evaluation-round.entity.js';

const ratings = () => Object.values(EvaluationRating);

/**
 * One evaluator's ballot on one person: the six items rated 好/中/差, tagged with the
 * evaluator's group. Ballots are secret: they are only ever read in aggregate.
 */
@Entity({ tableName: 'evaluation_vote' })
@Index({ properties: ['round', 'cadre'] })
export class EvaluationVote {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => EvaluationRound, { deleteRule: 'cascade' })
  round!: EvaluationRound;

  @ManyToOne(() => Cadre, { deleteRule: 'restrict' })
  cadre!: Cadre;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(EvaluatorGroup), nativeEnumName: 'evaluator_group' })
  evaluatorGroup!: EvaluatorGroup;

  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) serviceAttitude!: EvaluationRating;
  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) workStyle!: EvaluationRating;
  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) efficiency!: EvaluationRating;
  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) dutyPerformance!: EvaluationRating;
  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) innovation!: EvaluationRating;
  @Enum({ items: ratings, nativeEnumName: 'evaluation_rating' }) overall!: EvaluationRating;
}
