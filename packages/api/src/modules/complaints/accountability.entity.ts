import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { AccountabilityMeasure, AccountabilityReason } from '@township/shared';
import { User } from '../users/user.entity.js';
import { Complaint } from './complaint.entity.js';

/**
 * An accountability record (责任追究) against the person who held a complaint when it went wrong:
 * opened by the system when a step is taken late, or by a supervisor for an overdue or badly
 * handled case; a leader then decides the measure.
 */
@Entity({ tableName: 'complaint_accountability' })
@Index({ properties: ['countyId', 'recordedAt'] })
export class ComplaintAccountability {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  countyId!: number;

  @Index()
  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  responsible!: User;

  @Enum({ items: () => Object.values(AccountabilityReason), nativeEnumName: 'accountability_reason' })
  reason!: AccountabilityReason;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Null when the system opened the record (a step taken after its deadline). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  recordedBy?: User | null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Enum({ items: () => Object.values(AccountabilityMeasure), nativeEnumName: 'accountability_measure', nullable: true })
  measure?: AccountabilityMeasure | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  decidedBy?: User | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;
}
