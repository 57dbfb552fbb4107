import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ComplaintCategory, ComplaintUrgency, TimeLimitUnit } from '@township/shared';
import { User } from '../users/user.entity.js';

/**
 * A county's own time limit for one category and urgency (限时办结制). Where none is set, the
 * shared DEFAULT_TIME_LIMITS apply. Deadlines are fixed on each complaint at intake, so changing
 * a limit never moves the deadlines of complaints already received.
 */
@Entity({ tableName: 'complaint_time_limit' })
@Unique({ properties: ['countyId', 'category', 'urgency'] })
export class ComplaintTimeLimit {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(ComplaintCategory), nativeEnumName: 'complaint_category' })
  category!: ComplaintCategory;

  @Enum({ items: () => Object.values(ComplaintUrgency), nativeEnumName: 'complaint_urgency' })
  urgency!: ComplaintUrgency;

  @Property({ type: 'smallint' })
  acceptAmount!: number;

  @Enum({ items: () => Object.values(TimeLimitUnit), nativeEnumName: 'time_limit_unit' })
  acceptUnit!: TimeLimitUnit;

  @Property({ type: 'smallint' })
  replyAmount!: number;

  @Enum({ items: () => Object.values(TimeLimitUnit), nativeEnumName: 'time_limit_unit' })
  replyUnit!: TimeLimitUnit;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  updatedBy!: User;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
