import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AssessmentGrade, RewardRecipient } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';

/**
 * A reward or penalty (兑现奖惩) on a village's annual result, for the village or for its stationed
 * cadre (同奖同罚). Due by the end of February of the next year; `paidOn` records when it was paid.
 */
@Entity({ tableName: 'assessment_reward' })
@Unique({ properties: ['village', 'year', 'recipient'] })
@Index({ properties: ['countyId', 'year'] })
export class Reward {
  [OptionalProps]?: 'paidOn' | 'paidBy' | 'cadreId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'smallint' })
  year!: number;

  @Enum({ items: () => Object.values(AssessmentGrade), nativeEnumName: 'assessment_grade' })
  grade!: AssessmentGrade;

  @Enum({ items: () => Object.values(RewardRecipient), nativeEnumName: 'reward_recipient' })
  recipient!: RewardRecipient;

  /** The stationed cadre at the time of the result (CADRE rows). */
  @Property({ type: 'integer', nullable: true })
  cadreId?: number | null;

  /** Yuan; negative for a penalty. */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Property({ type: 'text', nullable: true })
  paidBy?: string | null;
}
