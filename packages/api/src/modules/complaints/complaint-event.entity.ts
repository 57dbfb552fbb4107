import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ComplaintEventKind, ComplaintLevel, ComplaintStatus, Satisfaction } from '@township/shared';
import { User } from '../users/user.entity.js';
import { Complaint } from './complaint.entity.js';

/**
 * One entry of a complaint's timeline: who did what, when, with the status and owner before and
 * after. Written in the same transaction as the change. High-volume: carries the county id.
 */
@Entity({ tableName: 'complaint_event' })
@Index({ properties: ['complaint', 'at'] })
@Index({ properties: ['countyId', 'at'] })
export class ComplaintEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(ComplaintEventKind), nativeEnumName: 'complaint_event_kind' })
  kind!: ComplaintEventKind;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** Who did it; null for what the system records by itself (a late step's accountability record). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  actor?: User | null;

  @Enum({ items: () => Object.values(ComplaintStatus), nativeEnumName: 'complaint_status', nullable: true })
  fromStatus?: ComplaintStatus | null;

  @Enum({ items: () => Object.values(ComplaintStatus), nativeEnumName: 'complaint_status', nullable: true })
  toStatus?: ComplaintStatus | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  fromOwner?: User | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  toOwner?: User | null;

  /** The reply, the hand-over reason, the follow-up notes… what the step needed said. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Enum({ items: () => Object.values(Satisfaction), nativeEnumName: 'complaint_satisfaction', nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'boolean', nullable: true })
  resolved?: boolean | null;

  @Enum({ items: () => Object.values(ComplaintLevel), nativeEnumName: 'complaint_level', nullable: true })
  level?: ComplaintLevel | null;
}
