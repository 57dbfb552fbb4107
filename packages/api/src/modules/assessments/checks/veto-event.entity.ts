import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { VetoKind } from '@township/shared';
import { OrgUnit } from '../../org-units/org-unit.entity.js';

/**
 * A veto event recorded by hand (一票否决): a policy-violating birth by a party cadre, a 两非 case, a
 * petition above county level. Other features may supply more evidence (see evidence-sources.ts).
 */
@Entity({ tableName: 'assessment_veto_event' })
@Index({ properties: ['countyId', 'occurredOn'] })
export class VetoEvent {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(VetoKind), nativeEnumName: 'veto_kind' })
  kind!: VetoKind;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'text' })
  summary!: string;

  /** Where the evidence is kept (file number, case number). */
  @Property({ type: 'text' })
  evidence!: string;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
