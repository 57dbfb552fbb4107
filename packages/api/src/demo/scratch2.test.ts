import { it } from 'vitest';
import { planCounty } from './geography.js';
import { Random } from './prng.js';
import { profileVillages, simulateVillage, statisticMonths } from './statistics.js';
it('sex', () => {
  const today = new Date('2026-11-23T08:00:00Z');
  for (const seed of [20261123, 1, 2, 3, 4, 5, 6, 7]) {
    const root = new Random(seed);
    const c = planCounty(root.fork('geography'), 1);
    const p = profileVillages(root.fork('profiles'), c.villages);
    const r = root.fork('statistics');
    let m = 0, f = 0, b = 0, inp = 0, pop = 0;
    for (const v of c.villages) for (const row of simulateVillage(r, v, p.get(v)!, statisticMonths(today), today)) { m += row.birthsMale; f += row.birthsFemale; b += row.births; inp += row.birthsInPolicy; }
    for (const v of c.villages) pop += v.unit.population!;
    const skewed = [...p.values()].filter(x => x.skewed).length;
    console.log(seed, (m / f * 100).toFixed(1), (inp / b * 100).toFixed(2), skewed, pop);
  }
});
