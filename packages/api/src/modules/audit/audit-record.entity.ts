import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Who changed what, when, with the row before and after. Written in the mutation's own transaction. */
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditRecord {
  [OptionalProps]?: 'at' | 'before' | 'after';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  userId?: number | null;

  @Property({ type: 'text' })
  username!: string;

  /** The mutation, e.g. `recordVillageStatistics`. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'text' })
  entityId!: string;

  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;
}
