import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/**
 * A round of democratic evaluation (民主评议) held by a township or the county. The previous
 * round, when given, is the one whose help targets this round follows up.
 */
@Entity({ tableName: 'evaluation_round' })
@Index({ properties: ['countyId', 'heldOn'] })
export class EvaluationRound {
  [OptionalProps]?: 'previousRound' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  orgUnit!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'date' })
  heldOn!: string;

  @ManyToOne(() => EvaluationRound, { nullable: true, deleteRule: 'set null' })
  previousRound?: EvaluationRound | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
