import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A person's file (一人一档): every complaint of the same person hangs off one row. The person is
 * recognised by keyed hashes of their normalised phone numbers and ID number (complainant_key), so
 * matching never needs, and never reveals, the values themselves.
 */
@Entity({ tableName: 'complainant' })
export class Complainant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export const ComplainantKeyKind = { Phone: 'PHONE', IdNumber: 'ID_NUMBER' } as const;
export type ComplainantKeyKind = (typeof ComplainantKeyKind)[keyof typeof ComplainantKeyKind];

/** One way of recognising a person: HMAC-SHA256 of a normalised phone or ID number, unique per county. */
@Entity({ tableName: 'complainant_key' })
@Unique({ properties: ['countyId', 'kind', 'hash'] })
export class ComplainantKey {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Complainant, { deleteRule: 'cascade' })
  complainant!: Complainant;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(ComplainantKeyKind), nativeEnumName: 'complainant_key_kind' })
  kind!: ComplainantKeyKind;

  /** Hex HMAC; the key lives outside the database (see match-key.ts). */
  @Property({ type: 'text' })
  hash!: string;
}
