import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OrgUnitKind, VillageCategory } from '@township/shared';

/**
 * One node of the administrative tree. `path` is the chain of ids from the county down
 * (`/1/4/57/`), so "this unit and everything below it" is one indexed prefix match; the scope
 * mechanism relies on it. Village-only attributes stay null on other levels.
 */
@Entity({ tableName: 'org_unit' })
export class OrgUnit {
  [OptionalProps]?: 'path' | 'depth' | 'households' | 'population' | 'marriedWomen' | 'category' | 'latitude' | 'longitude' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  parent?: OrgUnit | null;

  @Enum({ items: () => Object.values(OrgUnitKind), nativeEnumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  /** Administrative division code (12 digits for a village), unique. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Index({ name: 'org_unit_path_prefix', expression: 'create index "org_unit_path_prefix" on "org_unit" ("path" text_pattern_ops)' })
  @Property({ type: 'text', unique: true })
  path: string = '';

  /** 0 county, 1 township, 2 village, 3 service zone. */
  @Property({ type: 'smallint' })
  depth: number = 0;

  @Property({ type: 'integer', nullable: true })
  households?: number | null;

  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  /** Married women of childbearing age (已婚育龄妇女). */
  @Property({ type: 'integer', nullable: true })
  marriedWomen?: number | null;

  @Enum({ items: () => Object.values(VillageCategory), nativeEnumName: 'village_category', nullable: true })
  category?: VillageCategory | null;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
