import { CadreRole, Education, Gender } from '@township/shared';
import { COUNTY_FACTS, type CountyPlan, type UnitPlan, type VillagePlan } from './geography.js';
import { mobilePhone, personName } from './names.js';
import type { Random } from './prng.js';

export interface CadrePlan {
  name: string;
  gender: Gender;
  birthYear: number;
  education: Education;
  phone: string;
  unit: UnitPlan;
  role: CadreRole;
  id: number;
}

export interface AssignmentPlan {
  cadre: CadrePlan;
  unit: UnitPlan;
  role: CadreRole;
  startDate: string;
  endDate: string | null;
}

export interface CadreRoster {
  cadres: CadrePlan[];
  assignments: AssignmentPlan[];
}

interface PersonStyle {
  female: number;
  born: readonly [number, number];
  education: ReadonlyArray<readonly [Education, number]>;
}

const TOWNSHIP_EDUCATION: PersonStyle['education'] = [
  [Education.College, 35],
  [Education.Bachelor, 55],
  [Education.Postgraduate, 10],
];

const STYLES: Record<CadreRole, PersonStyle> = {
  PARTY_GOVERNMENT_HEAD: {
    female: 0.2,
    born: [1970, 1984],
    education: [
      [Education.Bachelor, 60],
      [Education.Postgraduate, 30],
      [Education.College, 10],
    ],
  },
  DEPUTY_IN_CHARGE: { female: 0.5, born: [1972, 1988], education: TOWNSHIP_EDUCATION },
  OFFICE_STAFF: { female: 0.7, born: [1975, 1998], education: TOWNSHIP_EDUCATION },
  STATIONED_CADRE: { female: 0.35, born: [1968, 1996], education: TOWNSHIP_EDUCATION },
  VILLAGE_OFFICER: {
    female: 0.9,
    born: [1965, 1995],
    education: [
      [Education.JuniorHigh, 35],
      [Education.SeniorHigh, 35],
      [Education.Vocational, 20],
      [Education.College, 10],
    ],
  },
  HOUSEHOLD_GROUP_HEAD: {
    female: 0.6,
    born: [1965, 1990],
    education: [
      [Education.Primary, 20],
      [Education.JuniorHigh, 55],
      [Education.SeniorHigh, 25],
    ],
  },
  ASSOCIATION_MEMBER: {
    female: 0.7,
    born: [1965, 1998],
    education: [
      [Education.Primary, 10],
      [Education.JuniorHigh, 50],
      [Education.SeniorHigh, 30],
      [Education.Vocational, 10],
    ],
  },
  INFORMATION_OFFICER: {
    female: 0.6,
    born: [1975, 1998],
    education: [
      [Education.JuniorHigh, 25],
      [Education.SeniorHigh, 40],
      [Education.Vocational, 25],
      [Education.College, 10],
    ],
  },
};

/** `YYYY-MM-DD` of a UTC day number offset. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

/** Builds the people of the four-level responsibility system and the village network, with their assignments. */
export function planCadres(random: Random, plan: CountyPlan, today: Date): CadreRoster {
  const cadres: CadrePlan[] = [];
  const assignments: AssignmentPlan[] = [];
  const year = today.getUTCFullYear();

  const person = (unit: UnitPlan, role: CadreRole): CadrePlan => {
    const style = STYLES[role];
    const gender = random.chance(style.female) ? Gender.Female : Gender.Male;
    const cadre: CadrePlan = {
      name: personName(random, gender),
      gender,
      birthYear: random.int(...style.born),
      education: random.weighted(style.education),
      phone: mobilePhone(random),
      unit,
      role,
      id: 0,
    };
    cadres.push(cadre);
    return cadre;
  };
  // A start date between `minYears` and `maxYears` before today, never in the future.
  const pastDate = (minYears: number, maxYears: number) => isoDay(today.getTime() - Math.round(random.float(minYears, maxYears) * 365.25) * DAY);
  const assign = (cadre: CadrePlan, unit: UnitPlan, startDate: string, endDate: string | null = null) =>
    assignments.push({ cadre, unit, role: cadre.role, startDate, endDate });

  for (const township of plan.townships) {
    const head = (role: CadreRole) => assign(person(township.unit, role), township.unit, pastDate(0.5, 5));
    head(CadreRole.PartyGovernmentHead);
    head(CadreRole.PartyGovernmentHead);
    head(CadreRole.DeputyInCharge);
    const staff = random.int(3, 5);
    for (let i = 0; i < staff; i++) head(CadreRole.OfficeStaff);
    stationCadres(random, township.villages, () => person(township.unit, CadreRole.StationedCadre), assign, year);
  }

  for (const [village, officers] of villageOfficerCounts(random, plan.villages)) {
    for (let i = 0; i < officers; i++) assign(person(village.unit, CadreRole.VillageOfficer), village.unit, pastDate(0.3, 15));
    assign(person(village.unit, CadreRole.InformationOfficer), village.unit, pastDate(0.3, 8));
    const members = random.int(1, 2);
    for (let i = 0; i < members; i++) assign(person(village.unit, CadreRole.AssociationMember), village.unit, pastDate(0.3, 10));
    for (const zone of village.zones) assign(person(zone, CadreRole.HouseholdGroupHead), zone, pastDate(0.3, 12));
  }
  return { cadres, assignments };
}

/**
 * 驻村负责制: the township's villages, taken round the township centre so each cadre's are
 * neighbours, are split into runs of 3–6, one run per stationed cadre. Stationing rotates at the
 * start of a year; some villages keep the record of who held them before.
 */
function stationCadres(
  random: Random,
  villages: VillagePlan[],
  newCadre: () => CadrePlan,
  assign: (cadre: CadrePlan, unit: UnitPlan, start: string, end?: string | null) => void,
  year: number,
): void {
  if (!villages.length) return;
  const centre = villages[0].township.unit;
  const around = villages.slice().sort((a, b) => angle(a.unit, centre) - angle(b.unit, centre));
  const count = Math.max(1, Math.round(villages.length / 4.5));
  const stationed = Array.from({ length: count }, newCadre);
  const sizes = runSizes(random, villages.length, count);

  let next = 0;
  stationed.forEach((cadre, k) => {
    const since = year - random.int(1, 3);
    for (let i = 0; i < sizes[k]; i++) {
      const village = around[next++];
      const start = `${since}-01-${String(random.int(3, 20)).padStart(2, '0')}`;
      assign(cadre, village.unit, start);
      if (count > 1 && random.chance(0.15)) {
        // The previous holder, another cadre of the same township, until the day before.
        const previous = stationed[(k + random.int(1, count - 1)) % count];
        const ended = isoDay(Date.parse(`${start}T00:00:00Z`) - DAY);
        assign(previous, village.unit, `${since - random.int(2, 3)}-01-${String(random.int(3, 20)).padStart(2, '0')}`, ended);
      }
    }
  });
}

function angle(unit: UnitPlan, centre: UnitPlan): number {
  return Math.atan2((unit.latitude ?? 0) - (centre.latitude ?? 0), (unit.longitude ?? 0) - (centre.longitude ?? 0));
}

/** Sizes of `count` runs summing to `total`, each 3–6 villages when the numbers allow it. */
function runSizes(random: Random, total: number, count: number): number[] {
  const sizes = Array<number>(count).fill(Math.min(3, Math.floor(total / count)));
  const cap = Math.max(6, Math.ceil(total / count));
  for (let left = total - sizes.reduce((a, b) => a + b, 0); left > 0; left--) {
    const open = sizes.map((s, i) => (s < cap ? i : -1)).filter((i) => i >= 0);
    sizes[random.pick(open)]++;
  }
  return sizes;
}

/**
 * 1–3 hired officers per village, larger villages first, so the county total is exactly the
 * sources' 1,180 per 633 villages.
 */
function villageOfficerCounts(random: Random, villages: VillagePlan[]): Map<VillagePlan, number> {
  const target = Math.round((COUNTY_FACTS.villageOfficers * villages.length) / COUNTY_FACTS.villages);
  const extra = Math.min(2 * villages.length, Math.max(0, target - villages.length));
  const threes = Math.min(Math.round(villages.length * 0.114), Math.floor(extra / 2));
  const twos = Math.min(villages.length - threes, extra - 2 * threes);
  // Rank by population with noise: big villages tend to hire more, but not strictly.
  const ranked = villages
    .map((v) => ({ v, key: v.startPopulation * random.float(0.6, 1.4) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.v);
  const counts = new Map<VillagePlan, number>();
  for (const v of villages) counts.set(v, 1);
  ranked.forEach((v, i) => {
    if (i < threes) counts.set(v, 3);
    else if (i < threes + twos) counts.set(v, 2);
  });
  return counts;
}
