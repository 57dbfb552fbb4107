import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { LaggingReason } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';

/** A spell on the lagging list (治理类): when a village entered, why, and when it left. */
@Entity({ tableName: 'assessment_lagging' })
@Unique({ properties: ['village', 'enteredPeriod'] })
@Index({ properties: ['countyId', 'exitedPeriod'] })
export class LaggingSpellRow {
  [OptionalProps]?: 'exitedPeriod';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  enteredPeriod!: string;

  @Property({ type: 'json' })
  reasons!: LaggingReason[];

  @Property({ type: 'text', nullable: true })
  exitedPeriod?: string | null;
}
