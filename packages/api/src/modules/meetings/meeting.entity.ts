import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { MeetingStatus } from '@township/shared';
import { Cadre } from '../cadres/cadre.entity.js';
import { Department } from '../departments/department.entity.js';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/**
 * A township's monthly joint meeting (联席会议), one per township and month. Its agenda is edited
 * while DRAFT; finalising stores a numbered snapshot (agenda_version) and freezes it; a change after
 * that needs an explicit reopen with a reason, which bumps the version.
 */
@Entity({ tableName: 'meeting' })
@Unique({ properties: ['township', 'month'] })
@Index({ properties: ['countyId', 'month'] })
export class Meeting {
  [OptionalProps]?: 'status' | 'agendaVersion' | 'heldOn' | 'chair' | 'minutes' | 'finalisedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  township!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  /** 'YYYY-MM'. */
  @Property({ type: 'text' })
  month!: string;

  @Property({ type: 'date', nullable: true })
  heldOn?: string | null;

  @ManyToOne(() => Cadre, { deleteRule: 'restrict', nullable: true })
  chair?: Cadre | null;

  @Enum({ items: () => Object.values(MeetingStatus), nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.Draft;

  /** The version the agenda is at: the last finalised snapshot's number, or the one a reopen started. */
  @Property({ type: 'integer' })
  agendaVersion: number = 1;

  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  finalisedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Someone at the meeting: a cadre or a department (exactly one of them). */
@Entity({ tableName: 'meeting_attendee' })
@Index({ properties: ['meeting'] })
@Check({ name: 'meeting_attendee_one_party', expression: '(cadre_id is null) <> (department_id is null)' })
export class MeetingAttendee {
  [OptionalProps]?: 'cadre' | 'department' | 'note';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => Cadre, { deleteRule: 'restrict', nullable: true })
  cadre?: Cadre | null;

  @ManyToOne(() => Department, { deleteRule: 'restrict', nullable: true })
  department?: Department | null;

  /** E.g. 列席 (sits in), 请假 (excused). */
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
