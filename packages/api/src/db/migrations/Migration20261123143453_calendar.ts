import { Migration } from '@mikro-orm/migrations';

/** Every day from `from` to `to` (inclusive), 'YYYY-MM-DD'. */
function span(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * The State Council's schedules (国务院办公厅关于2025年/2026年部分节假日安排的通知) as reference data,
 * so deadlines in working days are right from the first start; later years are entered in the
 * product (`setCalendarYear`) when each notice is published.
 */
const OFFICIAL: { name: string; holidays: [string, string]; workdays?: string[] }[] = [
  { name: '元旦', holidays: ['2025-01-01', '2025-01-01'] },
  { name: '春节', holidays: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
  { name: '清明节', holidays: ['2025-04-04', '2025-04-06'] },
  { name: '劳动节', holidays: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
  { name: '端午节', holidays: ['2025-05-31', '2025-06-02'] },
  { name: '国庆节、中秋节', holidays: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
  { name: '元旦', holidays: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
  { name: '春节', holidays: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', holidays: ['2026-04-04', '2026-04-06'] },
  { name: '劳动节', holidays: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
  { name: '端午节', holidays: ['2026-06-19', '2026-06-21'] },
  { name: '中秋节', holidays: ['2026-09-25', '2026-09-27'] },
  { name: '国庆节', holidays: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
];

export class Migration20261123143453_calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'WORKDAY');`);
    this.addSql(
      `create table "calendar_day" ("day" date not null, "kind" "calendar_day_kind" not null, "name" text not null, "updated_at" timestamptz not null, constraint "calendar_day_pkey" primary key ("day"));`,
    );
    const rows = OFFICIAL.flatMap(({ name, holidays, workdays = [] }) => [
      ...span(...holidays).map((day) => `('${day}', 'HOLIDAY', '${name}', now())`),
      ...workdays.map((day) => `('${day}', 'WORKDAY', '${name}', now())`),
    ]);
    this.addSql(`insert into "calendar_day" ("day", "kind", "name", "updated_at") values ${rows.join(', ')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop type "calendar_day_kind";`);
  }
}
