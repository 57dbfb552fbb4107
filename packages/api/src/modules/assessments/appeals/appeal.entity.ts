import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { AppealKind, AppealStatus, AssessmentGrade } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';

/**
 * A village's appeal against a veto or a grade, and the leader's decision with its reason. An
 * upheld veto appeal sets the evidence aside; an upheld grade appeal fixes the grade. Either way
 * the result is recomputed and says so.
 */
@Entity({ tableName: 'assessment_appeal' })
@Index({ properties: ['countyId', 'status'] })
export class Appeal {
  [OptionalProps]?: 'status' | 'filedAt' | 'decidedBy' | 'decidedAt' | 'decision' | 'newGrade';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  period!: string;

  @Enum({ items: () => Object.values(AppealKind), nativeEnumName: 'appeal_kind' })
  kind!: AppealKind;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  filedBy!: string;

  @Property({ type: 'timestamptz' })
  filedAt: Date = new Date();

  @Enum({ items: () => Object.values(AppealStatus), nativeEnumName: 'appeal_status' })
  status: AppealStatus = 'PENDING';

  /** Veto evidence the appeal contests (`veto_event:12`, `complaint:34`). */
  @Property({ type: 'json' })
  evidence!: string[];

  @Property({ type: 'text', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  decision?: string | null;

  @Enum({ items: () => Object.values(AssessmentGrade), nativeEnumName: 'assessment_grade', nullable: true })
  newGrade?: AssessmentGrade | null;
}
