import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ComplaintCategory, ComplaintChannel, ComplaintLevel, ComplaintStatus, ComplaintUrgency, Satisfaction } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';
import { User } from '../users/user.entity.js';
import { Complainant } from './complainant.entity.js';

/**
 * One complaint, report, consultation or petition (信访件). A high-volume table: it carries its
 * county and township ids and is indexed for the dashboard's filters (period, township, village,
 * category, open-and-due, owner, person). The complainant's identity columns are personal data:
 * no GraphQL field maps them directly (see complaint.resolver.ts).
 */
@Entity({ tableName: 'complaint' })
@Index({ properties: ['countyId', 'receivedAt'] })
@Index({ properties: ['countyId', 'category', 'receivedAt'] })
@Index({ properties: ['townshipId', 'receivedAt'] })
@Index({ properties: ['village', 'receivedAt'] })
@Index({ properties: ['countyId', 'status', 'replyDueAt'] })
@Index({ properties: ['owner', 'status'] })
@Index({ properties: ['complainant', 'receivedAt'] })
export class Complaint {
  [OptionalProps]?: 'status' | 'level' | 'reopenCount' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'integer' })
  townshipId!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Enum({ items: () => Object.values(ComplaintChannel), nativeEnumName: 'complaint_channel' })
  channel!: ComplaintChannel;

  @Enum({ items: () => Object.values(ComplaintCategory), nativeEnumName: 'complaint_category' })
  category!: ComplaintCategory;

  @Enum({ items: () => Object.values(ComplaintUrgency), nativeEnumName: 'complaint_urgency' })
  urgency!: ComplaintUrgency;

  /** The highest level the matter has reached; only ever raised. */
  @Enum({ items: () => Object.values(ComplaintLevel), nativeEnumName: 'complaint_level' })
  level: ComplaintLevel = ComplaintLevel.Township;

  @Enum({ items: () => Object.values(ComplaintStatus), nativeEnumName: 'complaint_status' })
  status: ComplaintStatus = ComplaintStatus.Received;

  @Property({ type: 'text' })
  description!: string;

  /** The person file (一人一档) the complaint belongs to; null when anonymous. */
  @ManyToOne(() => Complainant, { nullable: true, deleteRule: 'restrict' })
  complainant?: Complainant | null;

  @Property({ type: 'text', nullable: true })
  complainantName?: string | null;

  /** Normalised (digits only). */
  @Property({ type: 'text', nullable: true })
  complainantPhone?: string | null;

  @Property({ type: 'text', nullable: true })
  complainantIdNumber?: string | null;

  /** First-contact responsibility (首问责任制): who holds the case until they hand it over. */
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  owner!: User;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  registeredBy!: User;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'timestamptz' })
  acceptDueAt!: Date;

  /** Recomputed from the reopening when a case is reopened. */
  @Property({ type: 'timestamptz' })
  replyDueAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  repliedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  reply?: string | null;

  /** The latest follow-up call (回访); earlier ones stay in the timeline. */
  @Property({ type: 'timestamptz', nullable: true })
  followedUpAt?: Date | null;

  @Enum({ items: () => Object.values(Satisfaction), nativeEnumName: 'complaint_satisfaction', nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'boolean', nullable: true })
  resolved?: boolean | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'smallint' })
  reopenCount: number = 0;

  /** An earlier complaint of the same person, category and village a few days before (flagged at intake). */
  @ManyToOne(() => Complaint, { nullable: true, deleteRule: 'set null' })
  duplicateOf?: Complaint | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
