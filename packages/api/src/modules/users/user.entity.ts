import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/** A person who signs in. What they may do is `role`; what they may see is `scope` and below. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** scrypt$N$r$p$salt$hash; never exposed. */
  @Property({ type: 'text', lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Object.values(Role), nativeEnumName: 'user_role' })
  role!: Role;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  scope!: OrgUnit;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
