import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AssessmentGrade, type CombinationScore, type ItemScore, type VetoEvidence } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';
import { AssessmentScheme } from '../schemes/scheme.entity.js';

/**
 * A village's result for one period (`2026-Q3` or `2026`), written in bulk by a recompute: the
 * points of every item with the inputs and rule behind them, the four combinations, total, grade,
 * veto and ranks. The scheme version it was computed with is stored beside it.
 */
@Entity({ tableName: 'assessment_result' })
@Unique({ properties: ['village', 'period'] })
@Index({ properties: ['countyId', 'period', 'rankCounty'] })
@Index({ properties: ['township', 'period'] })
export class AssessmentResult {
  [OptionalProps]?: 'computedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: AssessmentScheme;

  @Property({ type: 'integer' })
  schemeVersion!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  township!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'decimal', precision: 7, scale: 2 })
  total!: string;

  @Enum({ items: () => Object.values(AssessmentGrade), nativeEnumName: 'assessment_grade' })
  grade!: AssessmentGrade;

  @Property({ type: 'boolean' })
  vetoed!: boolean;

  @Property({ type: 'json' })
  vetoes!: VetoEvidence[];

  @Property({ type: 'json' })
  items!: ItemScore[];

  @Property({ type: 'json' })
  combinations!: CombinationScore[];

  @Property({ type: 'text' })
  explanation!: string;

  /** Rank among the township's villages: vetoed last, then by total (ties share a rank). */
  @Property({ type: 'integer' })
  rankTownship!: number;

  @Property({ type: 'integer' })
  townshipSize!: number;

  @Property({ type: 'integer' })
  rankCounty!: number;

  /** md5 of what the scoring produced: a recompute rewrites only the rows whose digest changed. */
  @Property({ type: 'text' })
  digest!: string;

  /** When it was last recomputed (whether or not anything changed). */
  @Property({ type: 'timestamptz' })
  computedAt: Date = new Date();
}
