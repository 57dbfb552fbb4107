import type { MikroORM } from '@mikro-orm/postgresql';
import { OrgUnitKind, Role } from '@township/shared';
import type { AppConfig } from './config.js';
import { hashPassword } from './modules/users/index.js';

const MIN_PASSWORD_LENGTH = 12;

/**
 * Outside demo mode an empty database gets no default password: the operator names the county
 * and the first administrator's password once (BOOTSTRAP_* variables); both are created in one
 * transaction. Returns what it did, for the start-up log.
 */
export async function bootstrapEmptyDatabase(orm: MikroORM, { countyCode, countyName, adminPassword }: AppConfig['bootstrap']): Promise<string> {
  if (!countyCode || !countyName || !adminPassword) {
    return 'The database is empty and DEMO=0: set BOOTSTRAP_COUNTY_CODE, BOOTSTRAP_COUNTY_NAME and BOOTSTRAP_ADMIN_PASSWORD once to create the county and the "admin" user.';
  }
  if (!/^\d{6}$/.test(countyCode)) throw new Error(`BOOTSTRAP_COUNTY_CODE must be the 6-digit county code, got "${countyCode}"`);
  if (adminPassword.length < MIN_PASSWORD_LENGTH) throw new Error(`BOOTSTRAP_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(adminPassword);
  await orm.em.getKnex().transaction(async (trx) => {
    const [county] = await trx('org_unit')
      .insert({
        kind: OrgUnitKind.County,
        code: countyCode,
        name: countyName,
        path: `pending:${countyCode}`,
        depth: 0,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id');
    await trx('org_unit')
      .update({ path: `/${county.id}/` })
      .where({ id: county.id });
    await trx('app_user').insert({
      username: 'admin',
      display_name: '系统管理员',
      password_hash: passwordHash,
      role: Role.Admin,
      scope_id: county.id,
      active: true,
      created_at: new Date(),
    });
  });
  return `Created county ${countyName} (${countyCode}) and the user "admin".`;
}
