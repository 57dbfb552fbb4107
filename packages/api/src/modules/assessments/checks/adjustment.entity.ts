import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OrgUnit } from '../../org-units/org-unit.entity.js';
import { AssessmentScheme } from '../schemes/scheme.entity.js';

/** A bonus or deduction entry (加分, 扣分) for a village under one of the scheme's bonus or deduction items. */
@Entity({ tableName: 'assessment_adjustment' })
@Index({ properties: ['scheme', 'month'] })
export class Adjustment {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: AssessmentScheme;

  @Index()
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  itemCode!: string;

  /** First day of the month it belongs to. */
  @Property({ type: 'date' })
  month!: string;

  /** Always positive; the item's kind says whether it adds or deducts. */
  @Property({ type: 'double' })
  points!: number;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
