import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DesignationKind } from '@township/shared';
import { Cadre } from '../cadres/cadre.entity.js';
import { EvaluationRound } from './evaluation-round.entity.js';

/**
 * What a round's result made of a person: a help target (重点帮促对象) with a rectification
 * deadline and plan (限期整改), or a service model (服务标兵). Rank, score and bad votes are kept
 * as they stood when designated, so the follow-up compares against what was announced.
 */
@Entity({ tableName: 'evaluation_designation' })
@Unique({ properties: ['round', 'cadre'] })
export class EvaluationDesignation {
  [OptionalProps]?: 'deadline' | 'plan' | 'rectifiedOn' | 'note' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => EvaluationRound, { deleteRule: 'cascade' })
  round!: EvaluationRound;

  @ManyToOne(() => Cadre, { deleteRule: 'restrict' })
  cadre!: Cadre;

  @Enum({ items: () => Object.values(DesignationKind), nativeEnumName: 'designation_kind' })
  kind!: DesignationKind;

  @Property({ type: 'smallint' })
  rank!: number;

  @Property({ type: 'double' })
  score!: number;

  @Property({ type: 'integer' })
  badVotes!: number;

  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  /** The rectification plan (整改方案); shown only to those who run evaluations. */
  @Property({ type: 'text', nullable: true })
  plan?: string | null;

  @Property({ type: 'date', nullable: true })
  rectifiedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
