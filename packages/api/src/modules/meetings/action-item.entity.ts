import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ActionItemStatus } from '@township/shared';
import { Cadre } from '../cadres/cadre.entity.js';
import { Department } from '../departments/department.entity.js';
import { AgendaItem } from './agenda.entity.js';
import { Meeting } from './meeting.entity.js';

/** What the meeting decided on an item (or in general). */
@Entity({ tableName: 'meeting_decision' })
@Index({ properties: ['meeting'] })
export class Decision {
  [OptionalProps]?: 'agendaItem' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => AgendaItem, { deleteRule: 'set null', nullable: true })
  agendaItem?: AgendaItem | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * A task a decision created: one owner (a cadre or a department), a deadline, a status and
 * progress. Open items (OPEN, IN_PROGRESS) come back on every next meeting's agenda until closed.
 */
@Entity({ tableName: 'action_item' })
@Index({ properties: ['townshipId', 'status', 'deadline'] })
@Index({ properties: ['ownerCadre', 'status'] })
@Index({ properties: ['ownerDepartment', 'status'] })
@Index({ properties: ['meeting'] })
@Check({ name: 'action_item_one_owner', expression: '(owner_cadre_id is null) <> (owner_department_id is null)' })
@Check({ name: 'action_item_progress_range', expression: '(progress >= 0) and (progress <= 100)' })
export class ActionItem {
  [OptionalProps]?: 'ownerCadre' | 'ownerDepartment' | 'status' | 'progress' | 'nextReviewOn' | 'closedOn' | 'lastComment' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Decision, { deleteRule: 'cascade' })
  decision!: Decision;

  /** The meeting that decided it. */
  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @Property({ type: 'integer' })
  townshipId!: number;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Cadre, { deleteRule: 'restrict', nullable: true })
  ownerCadre?: Cadre | null;

  @ManyToOne(() => Department, { deleteRule: 'restrict', nullable: true })
  ownerDepartment?: Department | null;

  @Property({ type: 'date' })
  deadline!: string;

  @Enum({ items: () => Object.values(ActionItemStatus), nativeEnumName: 'action_item_status' })
  status: ActionItemStatus = ActionItemStatus.Open;

  /** 0–100. */
  @Property({ type: 'smallint' })
  progress: number = 0;

  @Property({ type: 'date', nullable: true })
  nextReviewOn?: string | null;

  /** When it became DONE or CANCELLED. */
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  lastComment?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One progress report on an action item: the item's history. */
@Entity({ tableName: 'action_item_update' })
@Index({ properties: ['actionItem', 'at'] })
export class ActionItemUpdate {
  [OptionalProps]?: 'comment' | 'at';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ActionItem, { deleteRule: 'cascade' })
  actionItem!: ActionItem;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  by!: string;

  @Property({ type: 'smallint' })
  progress!: number;

  @Enum({ items: () => Object.values(ActionItemStatus), nativeEnumName: 'action_item_status' })
  status!: ActionItemStatus;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
