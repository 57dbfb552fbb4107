import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CheckKind, QualitativeGrade } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';
import { AssessmentScheme } from '../schemes/scheme.entity.js';

/**
 * One round of checking: routine (平时, monthly or quarterly) or a spot check drawn on the spot
 * (现抽点). A spot round stores its seed so anyone can redraw the same sample.
 */
@Entity({ tableName: 'assessment_check_round' })
export class CheckRound {
  [OptionalProps]?: 'seed' | 'perTownship' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: AssessmentScheme;

  @Enum({ items: () => Object.values(CheckKind), nativeEnumName: 'check_kind' })
  kind!: CheckKind;

  /** First day of the month the round was held; it feeds that quarter and that year. */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  seed?: string | null;

  /** Villages drawn per township (spot checks). */
  @Property({ type: 'integer', nullable: true })
  perTownship?: number | null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A village drawn in a spot check, with the discrepancy found between its reports and the check. */
@Entity({ tableName: 'assessment_check_sample' })
@Unique({ properties: ['round', 'village'] })
export class CheckSample {
  [OptionalProps]?: 'discrepancyRate' | 'itemsChecked';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CheckRound, { deleteRule: 'cascade' })
  round!: CheckRound;

  @Index()
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  /** Position in the township's draw (1 = first drawn). */
  @Property({ type: 'integer' })
  drawOrder!: number;

  /** Mean |reported − verified| / verified over the items checked, in %; null until something is verified. */
  @Property({ type: 'double', nullable: true })
  discrepancyRate?: number | null;

  @Property({ type: 'integer' })
  itemsChecked: number = 0;
}

/**
 * What an inspector recorded for one village and item in a round: a grade with its written reason
 * (qualitative), or the value verified on the spot beside the value the village reported.
 */
@Entity({ tableName: 'assessment_check_value' })
@Unique({ properties: ['round', 'village', 'itemCode'] })
@Index({ properties: ['countyId', 'village'] })
export class CheckValue {
  [OptionalProps]?: 'grade' | 'reportedValue' | 'verifiedValue' | 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CheckRound, { deleteRule: 'cascade' })
  round!: CheckRound;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  itemCode!: string;

  @Enum({ items: () => Object.values(QualitativeGrade), nativeEnumName: 'qualitative_grade', nullable: true })
  grade?: QualitativeGrade | null;

  @Property({ type: 'double', nullable: true })
  reportedValue?: number | null;

  @Property({ type: 'double', nullable: true })
  verifiedValue?: number | null;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
