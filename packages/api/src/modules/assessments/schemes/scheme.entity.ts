import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { SchemeDefinition } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';

/**
 * A year's assessment scheme (考核方案) of a township, or of a county when its townships share one.
 * The definition (items, targets, veto rules, grades, rewards) is one document: every edit writes
 * a new version beside it, and results name the version they were computed with.
 */
@Entity({ tableName: 'assessment_scheme' })
@Unique({ properties: ['orgUnit', 'year'] })
export class AssessmentScheme {
  [OptionalProps]?: 'version' | 'copiedFromId' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The county or township the scheme covers. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  orgUnit!: OrgUnit;

  @Index()
  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'json' })
  definition!: SchemeDefinition;

  /** The scheme this one was copied from (last year's), never reused as it was. */
  @Property({ type: 'integer', nullable: true })
  copiedFromId?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Every version a scheme has had, so an old result can still be explained by the rules it used. */
@Entity({ tableName: 'assessment_scheme_version' })
@Unique({ properties: ['scheme', 'version'] })
export class AssessmentSchemeVersion {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AssessmentScheme, { deleteRule: 'cascade' })
  scheme!: AssessmentScheme;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  definition!: SchemeDefinition;

  /** What changed, in the editor's words. */
  @Property({ type: 'text' })
  note!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
