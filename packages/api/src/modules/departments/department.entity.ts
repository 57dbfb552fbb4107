import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DepartmentCode } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/** A department that shares the work (齐抓共管), at the county or township level. */
@Entity({ tableName: 'department' })
@Unique({ properties: ['orgUnit', 'code'] })
export class Department {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  orgUnit!: OrgUnit;

  @Enum({ items: () => Object.values(DepartmentCode), nativeEnumName: 'department_code' })
  code!: DepartmentCode;

  @Property({ type: 'text' })
  name!: string;
}
