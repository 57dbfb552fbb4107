import { OrgUnitKind, VillageCategory, addMonths, monthOf, type StatisticCounts } from '@township/shared';
import type { Random } from './prng.js';
import type { VillagePlan } from './geography.js';

/** County rates from the sources: births 9.08‰ a year, natural growth 1.78‰, 99.78% within policy. */
export const RATES = { birthsPerYear: 0.00908, deathsPerYear: 0.00908 - 0.00178, outOfPolicy: 0.0022, boy: 0.512 } as const;

export const STATISTIC_MONTHS = 24;

/** How one village behaves month after month; the unusual ones give the dashboard something to flag. */
export interface VillageProfile {
  birthFactor: number;
  deathFactor: number;
  boyProbability: number;
  outOfPolicy: number;
  contraceptionRate: number;
  healthChecks: readonly [number, number];
  floatingIn: number;
  floatingOut: number;
  feeChance: number;
  feeCollected: readonly [number, number];
  incentives: number;
  /** Flags, for the tests and for anyone wondering why a village looks odd. */
  skewed: boolean;
  weakHealthChecks: boolean;
  arrears: boolean;
}

export interface StatisticRow extends StatisticCounts {
  village: VillagePlan;
  /** First day of the month, `YYYY-MM-DD`. */
  month: string;
  recordedAt: string;
}

// Category shifts keep the county means: 0.25·A + 0.5·B + 0.25·C = 1 (births) and = 0.0022 (out of policy).
const BIRTH_FACTOR: Record<VillageCategory, number> = { A: 0.9, B: 1, C: 1.1 };
const OUT_OF_POLICY: Record<VillageCategory, number> = { A: 0.001, B: 0.002, C: 0.0038 };

/**
 * Draw a profile per village. About 4% have a skewed sex ratio, 6% weak health checks, 5% fee
 * arrears; the home township (the first) is made to have at least one of each.
 */
export function profileVillages(random: Random, villages: VillagePlan[]): Map<VillagePlan, VillageProfile> {
  const profiles = new Map<VillagePlan, VillageProfile>();
  for (const village of villages) {
    const category = village.unit.category ?? VillageCategory.B;
    const skewed = random.chance(0.04);
    const weakHealthChecks = random.chance(category === VillageCategory.C ? 0.12 : 0.04);
    const arrears = random.chance(category === VillageCategory.C ? 0.1 : 0.033);
    const busyFloating = random.chance(0.05) || village.unit.kind === OrgUnitKind.ResidentsCommittee;
    const floatingBase = busyFloating ? random.float(5, 9) : random.float(0.6, 1.8);
    profiles.set(village, {
      birthFactor: BIRTH_FACTOR[category] * random.float(0.85, 1.15),
      deathFactor: random.float(0.85, 1.15),
      boyProbability: RATES.boy,
      outOfPolicy: OUT_OF_POLICY[category],
      contraceptionRate: random.float(0.55, 0.75) + (category === VillageCategory.A ? 0.02 : category === VillageCategory.C ? -0.02 : 0),
      healthChecks: [0.93, 0.99],
      // Slightly unequal in/out flows give each village its own drift; they cancel across the county.
      floatingIn: floatingBase * random.float(0.85, 1.15),
      floatingOut: floatingBase * random.float(0.85, 1.15),
      feeChance: category === VillageCategory.C ? 0.14 : category === VillageCategory.A ? 0.06 : 0.1,
      feeCollected: [0.8, 1],
      incentives: Math.min(8_000, Math.max(1_000, village.startPopulation * random.float(3.5, 5.5))),
      skewed: false,
      weakHealthChecks: false,
      arrears: false,
    });
    const profile = profiles.get(village)!;
    if (skewed) markSkewed(random, profile);
    if (weakHealthChecks) markWeak(random, profile);
    if (arrears) markArrears(random, profile);
  }

  const home = villages.filter((v) => v.township === villages[0]?.township);
  const ensure = (has: (p: VillageProfile) => boolean, mark: (r: Random, p: VillageProfile) => void) => {
    if (home.length && !home.some((v) => has(profiles.get(v)!))) mark(random, profiles.get(random.pick(home))!);
  };
  ensure((p) => p.skewed, markSkewed);
  ensure((p) => p.weakHealthChecks, markWeak);
  ensure((p) => p.arrears, markArrears);
  return profiles;
}

function markSkewed(random: Random, profile: VillageProfile): void {
  profile.skewed = true;
  profile.boyProbability = random.float(0.56, 0.6);
}

function markWeak(random: Random, profile: VillageProfile): void {
  profile.weakHealthChecks = true;
  const low = random.float(0.6, 0.7);
  profile.healthChecks = [low, low + 0.1];
}

function markArrears(random: Random, profile: VillageProfile): void {
  profile.arrears = true;
  profile.feeCollected = [0.2, 0.5];
  // A village in arrears has fees to collect more often than most.
  profile.feeChance = Math.max(profile.feeChance, random.float(0.25, 0.4));
}

/** The `YYYY-MM` months of the statistics window, oldest first, ending with the month of `today`. */
export function statisticMonths(today: Date): string[] {
  const last = monthOf(today);
  return Array.from({ length: STATISTIC_MONTHS }, (_, i) => addMonths(last, i - (STATISTIC_MONTHS - 1)));
}

const round100 = (x: number) => Math.round(x / 100) * 100;
const round10 = (x: number) => Math.round(x / 10) * 10;

/**
 * Simulate one village's monthly reports: stocks (population, households, married women) move
 * with the month's births, deaths and migration; flows are drawn around the county rates.
 * Every row satisfies validateStatistics by construction.
 */
export function simulateVillage(random: Random, village: VillagePlan, profile: VillageProfile, months: string[], today: Date): StatisticRow[] {
  const rows: StatisticRow[] = [];
  let population = village.startPopulation;
  let marriedWomen = Math.round(population * village.marriedWomenRatio);
  // Boys expected minus boys drawn so far: the draw leans against it, so a county of ~9,000
  // births lands near its intended sex ratio instead of wandering ±2 points on a seed's luck.
  let boyDebt = 0;
  for (const month of months) {
    const calendarMonth = Number(month.slice(5, 7));
    // Births peak in late summer/autumn and deaths in winter, as in rural Shandong registers.
    const birthSeason = 1 + 0.12 * Math.cos((2 * Math.PI * (calendarMonth - 9)) / 12);
    const deathSeason = 1 + 0.18 * Math.cos((2 * Math.PI * (calendarMonth - 1)) / 12);
    const births = random.poisson((population * RATES.birthsPerYear * profile.birthFactor * birthSeason) / 12);
    const leaning = Math.min(0.95, Math.max(0.05, profile.boyProbability + 0.3 * boyDebt));
    const birthsMale = random.binomial(births, leaning);
    boyDebt += births * profile.boyProbability - birthsMale;
    const birthsInPolicy = births - random.binomial(births, profile.outOfPolicy);
    const deaths = random.poisson((population * RATES.deathsPerYear * profile.deathFactor * deathSeason) / 12);
    const floatingIn = random.poisson(profile.floatingIn);
    const floatingOut = random.poisson(profile.floatingOut);
    population = Math.max(1, population + births - deaths + floatingIn - floatingOut);

    // Married women follow the village's usual share with a little month-to-month noise.
    const targetWomen = population * village.marriedWomenRatio;
    marriedWomen = Math.min(population, Math.max(0, Math.round(marriedWomen + (targetWomen - marriedWomen) * 0.3 + random.normal(0, 0.8))));
    const households = Math.min(population, Math.round(population / village.householdSize));
    const contraceptionUsers = Math.min(marriedWomen, Math.max(0, Math.round(marriedWomen * (profile.contraceptionRate + random.normal(0, 0.006)))));

    // Quarterly check-ups (季度健康查体): about a third of the women are due in any month, of whom ~35% are scheduled.
    const healthChecksDue = Math.round((marriedWomen / 3) * random.float(0.3, 0.4));
    const healthChecksDone = Math.min(healthChecksDue, Math.round(healthChecksDue * random.float(...profile.healthChecks)));

    let feeDue = 0;
    let feeCollected = 0;
    if (random.chance(profile.feeChance)) {
      // Most assessments are small; a few (several children out of policy) are large.
      feeDue = round100(2_000 + 38_000 * random.next() ** 2);
      feeCollected = Math.min(feeDue, round100(feeDue * random.float(...profile.feeCollected)));
    }
    const incentivesPaid = calendarMonth % 3 === 0 ? Math.min(8_000, Math.max(1_000, round10(profile.incentives * random.float(0.9, 1.1)))) : 0;

    rows.push({
      village,
      month: `${month}-01`,
      recordedAt: recordedAt(random, month, today),
      population,
      households,
      marriedWomen,
      births,
      birthsMale,
      birthsFemale: births - birthsMale,
      birthsInPolicy,
      deaths,
      contraceptionUsers,
      healthChecksDue,
      healthChecksDone,
      floatingIn,
      floatingOut,
      feeDue,
      feeCollected,
      incentivesPaid,
    });
  }
  const latest = rows[rows.length - 1];
  if (latest) {
    village.unit.population = latest.population;
    village.unit.households = latest.households;
    village.unit.marriedWomen = latest.marriedWomen;
  }
  return rows;
}

/** Reports are entered late in their month; the current month's is entered no later than `today`. */
function recordedAt(random: Random, month: string, today: Date): string {
  const [year, m] = month.split('-').map(Number);
  const at = Date.UTC(year, m - 1, random.int(24, 28), random.int(0, 9), random.int(0, 59));
  return new Date(Math.min(at, today.getTime())).toISOString();
}
