import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/**
 * One village's report for one month. A high-volume table: it carries its county's id and is
 * indexed by (county, month) so a province-wide deployment can distribute it by county.
 */
@Entity({ tableName: 'village_statistic' })
@Unique({ properties: ['village', 'month'] })
@Index({ properties: ['countyId', 'month'] })
export class VillageStatistic {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  /** First day of the month reported. */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'integer' }) population!: number;
  @Property({ type: 'integer' }) households!: number;
  @Property({ type: 'integer' }) marriedWomen!: number;
  @Property({ type: 'integer' }) births!: number;
  @Property({ type: 'integer' }) birthsMale!: number;
  @Property({ type: 'integer' }) birthsFemale!: number;
  @Property({ type: 'integer' }) birthsInPolicy!: number;
  @Property({ type: 'integer' }) deaths!: number;
  @Property({ type: 'integer' }) contraceptionUsers!: number;
  @Property({ type: 'integer' }) healthChecksDue!: number;
  @Property({ type: 'integer' }) healthChecksDone!: number;
  @Property({ type: 'integer' }) floatingIn!: number;
  @Property({ type: 'integer' }) floatingOut!: number;
  /** Yuan. */
  @Property({ type: 'integer' }) feeDue!: number;
  @Property({ type: 'integer' }) feeCollected!: number;
  @Property({ type: 'integer' }) incentivesPaid!: number;

  @Property({ type: 'integer', nullable: true })
  recordedById?: number | null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
