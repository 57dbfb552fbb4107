import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { OrgUnit } from '../org-units/org-unit.entity.js';
import { Department } from './department.entity.js';

/** The yearly target-responsibility letter (责任书) a department signs with a township. */
@Entity({ tableName: 'responsibility_letter' })
@Unique({ properties: ['department', 'township', 'year'] })
export class ResponsibilityLetter {
  [OptionalProps]?: 'signedOn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Department, { deleteRule: 'cascade' })
  department!: Department;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  township!: OrgUnit;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  /** What the department undertakes this year, as written in the letter. */
  @Property({ type: 'text' })
  commitments!: string;
}
