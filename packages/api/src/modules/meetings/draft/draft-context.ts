import type { EntityManager } from '@mikro-orm/postgresql';
import { Scope } from '../../../graphql/scope.js';
import { sql, VILLAGE_KIND_SQL } from '../../assessments/index.js';
import { townshipComplaintBrief, type TownshipComplaintBrief } from '../../complaints/index.js';
import type { OrgUnit } from '../../org-units/index.js';

export interface DraftVillage { id: number; name: string }
export interface DraftDepartment { id: number; code: string; name: string }

/**
 * What every draft rule reads: the township, the month, its villages and departments, and the
 * complaints brief, each loaded once however many rules use it. The scope is the township's own:
 * the caller has already checked the viewer may see the whole township.
 */
export class DraftContext {
  readonly scope: Scope;
  private villagesPromise?: Promise<DraftVillage[]>;
  private departmentsPromise?: Promise<DraftDepartment[]>;
  private briefPromise?: Promise<TownshipComplaintBrief>;

  constructor(readonly em: EntityManager, readonly township: OrgUnit, readonly month: string, readonly today: string) {
    this.scope = new Scope(township.path);
  }

  villages(): Promise<DraftVillage[]> {
    this.villagesPromise ??= sql<{ id: number; name: string }>(this.em,
      `select id, name from org_unit where parent_id = ? and kind in (${VILLAGE_KIND_SQL}) order by code`, [this.township.id])
      .then((rows) => rows.map((r) => ({ id: Number(r.id), name: r.name })));
    return this.villagesPromise;
  }

  async villageName(id: number): Promise<string> {
    return (await this.villages()).find((v) => v.id === id)?.name ?? `#${id}`;
  }

  departments(): Promise<DraftDepartment[]> {
    this.departmentsPromise ??= sql<{ id: number; code: string; name: string }>(this.em,
      'select id, code, name from department where org_unit_id = ? order by id', [this.township.id])
      .then((rows) => rows.map((r) => ({ id: Number(r.id), code: r.code, name: r.name })));
    return this.departmentsPromise;
  }

  async department(code: string): Promise<DraftDepartment | null> {
    return (await this.departments()).find((d) => d.code === code) ?? null;
  }

  complaintBrief(): Promise<TownshipComplaintBrief> {
    this.briefPromise ??= townshipComplaintBrief(this.em, this.township.id, this.month);
    return this.briefPromise;
  }
}
