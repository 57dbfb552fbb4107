import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths } from '@township/shared';
import { Scope } from '../../../graphql/scope.js';
import { query, sql } from '../../../db/sql.js';
import { VILLAGE_KIND_SQL } from '../../org-units/index.js';
import { townshipComplaintBrief, type TownshipComplaintBrief } from '../../complaints/index.js';
import type { OrgUnit } from '../../org-units/index.js';
import { aggregateIndicators, type IndicatorSummaryType } from '../../statistics/index.js';

export interface DraftVillage {
  id: number;
  name: string;
}
export interface DraftDepartment {
  id: number;
  code: string;
  name: string;
}

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
  private indicatorsPromise?: Promise<IndicatorSummaryType[]>;

  /**
   * @param today the day the draft is drawn up ('YYYY-MM-DD')
   * @param asOf set when drawing up a past meeting's draft (demo history): action items are judged overdue on that day, not today
   */
  constructor(
    readonly em: EntityManager,
    readonly township: OrgUnit,
    readonly month: string,
    readonly today: string,
    readonly asOf: string | null = null,
  ) {
    this.scope = new Scope(township.path);
  }

  villages(): Promise<DraftVillage[]> {
    this.villagesPromise ??= query(
      this.em,
      sql<{
        id: number;
        name: string;
      }>`select id, name from org_unit where parent_id = ${this.township.id} and kind in (${sql.raw(VILLAGE_KIND_SQL)}) order by code`,
    ).then((rows) => rows.map((r) => ({ id: Number(r.id), name: r.name })));
    return this.villagesPromise;
  }

  async villageName(id: number): Promise<string> {
    return (await this.villages()).find((v) => v.id === id)?.name ?? `#${id}`;
  }

  departments(): Promise<DraftDepartment[]> {
    this.departmentsPromise ??= query(
      this.em,
      sql<{ id: number; code: string; name: string }>`select id, code, name from department where org_unit_id = ${this.township.id} order by id`,
    ).then((rows) => rows.map((r) => ({ id: Number(r.id), code: r.code, name: r.name })));
    return this.departmentsPromise;
  }

  async department(code: string): Promise<DraftDepartment | null> {
    return (await this.departments()).find((d) => d.code === code) ?? null;
  }

  /**
   * The township's indicators month by month from the same month last year to the meeting month,
   * through aggregateIndicators (the service behind the `indicators` query).
   */
  townshipIndicators(): Promise<IndicatorSummaryType[]> {
    this.indicatorsPromise ??= aggregateIndicators(this.em, this.scope, {
      unitIds: [this.township.id],
      period: { from: addMonths(this.month, -12), to: this.month },
      byMonth: true,
    });
    return this.indicatorsPromise;
  }

  /** The township's summary for one month of that range. */
  async townshipIndicatorsOf(month: string): Promise<IndicatorSummaryType | undefined> {
    return (await this.townshipIndicators()).find((s) => s.from === month);
  }

  complaintBrief(): Promise<TownshipComplaintBrief> {
    this.briefPromise ??= townshipComplaintBrief(this.em, this.township.id, this.month);
    return this.briefPromise;
  }
}
