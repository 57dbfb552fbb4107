import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { CadreRole } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';
import { Cadre } from './cadre.entity.js';

/**
 * Who is responsible for which unit, and when (驻村负责制). An open assignment has no end date;
 * "current" means started on or before today and not yet ended.
 */
@Entity({ tableName: 'cadre_assignment' })
@Index({ properties: ['orgUnit', 'role'] })
export class CadreAssignment {
  [OptionalProps]?: 'endDate' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Cadre, { deleteRule: 'cascade' })
  cadre!: Cadre;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  orgUnit!: OrgUnit;

  @Enum({ items: () => Object.values(CadreRole), nativeEnumName: 'cadre_role' })
  role!: CadreRole;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
