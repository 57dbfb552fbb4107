import { it } from 'vitest';
import { createTestDatabase } from '../test/database.js';
import { formatDemoSummary, loadDemoData } from './index.js';
it('scratch', { timeout: 120000 }, async () => {
  const db = await createTestDatabase();
  const s = await loadDemoData(db.orm, { today: new Date('2026-11-23T08:00:00Z'), scale: Number(process.env.SCALE ?? 1) });
  console.log(formatDemoSummary(s)); console.log(JSON.stringify(s));
  const ex = (q: string) => db.orm.em.getConnection().execute(q);
  console.log(await ex(`with months as (select month, sum(population) as population, sum(births) as births, sum(deaths) as deaths, sum(births_in_policy) as inp, sum(births_male) m, sum(births_female) f from village_statistic group by month)
     select (select sum(births) / avg(population) * 1000 from months where month > '2025-11-01')::float as birth,
            (select (sum(births)-sum(deaths)) / avg(population) * 1000 from months where month > '2025-11-01')::float as growth,
            (select sum(inp)::float/sum(births)*100 from months) planned, (select sum(m)::float/sum(f)*100 from months) sex`));
  console.log(await ex(`select t.name, count(*) filter (where v.depth=2) v, sum(v.population) from org_unit t join org_unit v on v.parent_id=t.id group by t.name, t.code order by t.code`));
  console.log(await ex(`select name, kind, code, population, category, latitude, longitude from org_unit where depth=2 order by code limit 8`));
  console.log(await ex(`select c.name, c.gender, c.birth_year, c.education, c.phone, c.roles::text, u.name unit from cadre c join org_unit u on u.id=c.unit_id order by c.id limit 12`));
  console.log(await ex(`select * from village_statistic order by id limit 3`));
  await db.close();
});
