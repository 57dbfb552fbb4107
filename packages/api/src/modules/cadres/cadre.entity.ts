import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { CadreRole, Education, Gender } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/** A person who does family-planning work: township cadre, village officer, group head… */
@Entity({ tableName: 'cadre' })
export class Cadre {
  [OptionalProps]?: 'education' | 'phone' | 'birthYear' | 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => Object.values(Gender), nativeEnumName: 'gender' })
  gender!: Gender;

  @Property({ type: 'smallint', nullable: true })
  birthYear?: number | null;

  @Enum({ items: () => Object.values(Education), nativeEnumName: 'education', nullable: true })
  education?: Education | null;

  /** Personal data: only roles that handle it see it (see cadre.type.ts). */
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  /** The unit the cadre belongs to: a township for township cadres, a village for village officers. */
  @Index()
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @Enum({ items: () => Object.values(CadreRole), nativeEnumName: 'cadre_role', array: true })
  roles: CadreRole[] = [];

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
