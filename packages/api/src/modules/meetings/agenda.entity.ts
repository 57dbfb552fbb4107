import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AgendaItemKind, AgendaSection } from '@township/shared';
import { Cadre } from '../cadres/cadre.entity.js';
import { Department } from '../departments/department.entity.js';
import type { AgendaEvidence } from './evidence.js';
import { Meeting } from './meeting.entity.js';

/** One item of a meeting's agenda, proposed by a draft rule (with its evidence) or added by hand (CUSTOM). */
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meeting', 'position'] })
@Index({ properties: ['actionItemId'] })
export class AgendaItem {
  [OptionalProps]?: 'summary' | 'evidence' | 'presenterCadre' | 'presenterDepartment' | 'proposedDepartment' | 'minutes' | 'actionItemId' | 'ruleKey';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  /** 1-based order in the agenda. */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => Object.values(AgendaSection), nativeEnumName: 'agenda_section' })
  section!: AgendaSection;

  @Enum({ items: () => Object.values(AgendaItemKind), nativeEnumName: 'agenda_item_kind' })
  kind!: AgendaItemKind;

  /** The draft rule and subject that proposed it (e.g. `INDICATOR_CHANGE:PLANNED_BIRTH_RATE`); null for CUSTOM. */
  @Property({ type: 'text', nullable: true })
  ruleKey?: string | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'json' })
  evidence: AgendaEvidence[] = [];

  @ManyToOne(() => Cadre, { deleteRule: 'restrict', nullable: true })
  presenterCadre?: Cadre | null;

  @ManyToOne(() => Department, { deleteRule: 'restrict', nullable: true })
  presenterDepartment?: Department | null;

  /** The department proposed to coordinate with (部门协调). */
  @ManyToOne(() => Department, { deleteRule: 'restrict', nullable: true })
  proposedDepartment?: Department | null;

  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  /** The open action item this item follows up (ACTION_ITEM_FOLLOW_UP). */
  @Property({ type: 'integer', nullable: true })
  actionItemId?: number | null;
}

/** A finalised agenda as it was: every item, frozen, under its version number. */
@Entity({ tableName: 'agenda_version' })
@Unique({ properties: ['meeting', 'version'] })
export class AgendaVersion {
  [OptionalProps]?: 'reopenedAt' | 'reopenedBy' | 'reopenReason';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'timestamptz' })
  finalisedAt!: Date;

  @Property({ type: 'text' })
  finalisedBy!: string;

  @Property({ type: 'json' })
  items!: AgendaSnapshotItem[];

  /** Set when this version was reopened for changes (a new version follows). */
  @Property({ type: 'timestamptz', nullable: true })
  reopenedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  reopenedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  reopenReason?: string | null;
}

/** An agenda item as frozen in a version. */
export interface AgendaSnapshotItem {
  id: number;
  position: number;
  section: AgendaSection;
  kind: AgendaItemKind;
  title: string;
  summary: string | null;
  evidence: AgendaEvidence[];
  presenterCadreId: number | null;
  presenterDepartmentId: number | null;
  proposedDepartmentId: number | null;
  actionItemId: number | null;
}
