import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../../db/sql.js';
import { Complainant, ComplainantKeyKind } from './complainant.entity.js';
import { matchHash } from './match-key.js';

export interface ContactKeys {
  phone?: string | null;
  idNumber?: string | null;
}

/**
 * The person file a complaint belongs to (一人一档), found by the keyed hashes of the normalised
 * ID number or phone, or opened when the person is new. The ID number wins when both match
 * different files (a family phone shared by two complainants); a key already held by another file
 * stays with it. Returns null for an anonymous complaint.
 */
export async function personFor(tx: EntityManager, countyId: number, contacts: ContactKeys): Promise<Complainant | null> {
  const keys = [
    ...(contacts.idNumber ? [{ kind: ComplainantKeyKind.IdNumber, hash: matchHash(ComplainantKeyKind.IdNumber, contacts.idNumber) }] : []),
    ...(contacts.phone ? [{ kind: ComplainantKeyKind.Phone, hash: matchHash(ComplainantKeyKind.Phone, contacts.phone) }] : []),
  ];
  if (!keys.length) return null;
  const found = await query(
    tx,
    sql<{
      kind: ComplainantKeyKind;
      hash: string;
      complainant_id: number;
    }>`select kind, hash, complainant_id from complainant_key where county_id = ${countyId} and (${sql.join(
      keys.map((k) => sql`(kind = ${k.kind} and hash = ${k.hash})`),
      ' or ',
    )})`,
  );
  const match = keys.map((k) => found.find((f) => f.kind === k.kind && f.hash === k.hash)).find(Boolean);
  let personId = match?.complainant_id;
  if (personId == null) {
    const row = await queryOne(tx, sql<{ id: number }>`insert into complainant (county_id, created_at) values (${countyId}, now()) returning id`);
    personId = row!.id;
  }
  const missing = keys.filter((k) => !found.some((f) => f.kind === k.kind && f.hash === k.hash));
  if (missing.length) {
    await query(
      tx,
      sql`insert into complainant_key (complainant_id, county_id, kind, hash) values ${sql.join(missing.map((k) => sql`(${personId}, ${countyId}, ${k.kind}, ${k.hash})`))}
       on conflict (county_id, kind, hash) do nothing`,
    );
  }
  return tx.getReference(Complainant, personId);
}
