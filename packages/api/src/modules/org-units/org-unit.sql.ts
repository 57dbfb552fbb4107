import { VILLAGE_KINDS } from '@township/shared';
import { sql, type Sql } from '../../db/sql.js';

/** The county of a unit: the first id of its path (`/county/township/village/`). */
export const countyIdOf = (path: string) => Number(path.split('/')[1]);

/** The village kinds as an SQL list of literals, for statements still written as text (`kind in (${VILLAGE_KIND_SQL})`). */
export const VILLAGE_KIND_SQL = VILLAGE_KINDS.map((k) => `'${k}'`).join(', ');

/** Restricts an `org_unit` alias to villages (the kinds that count as one). */
export const isVillage = (alias: string): Sql => sql`${sql.id(alias)}.kind in (${sql.raw(VILLAGE_KIND_SQL)})`;
