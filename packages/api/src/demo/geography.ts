import { OrgUnitKind, VillageCategory } from '@township/shared';
import { communityName, serviceZoneName, villageName } from './names.js';
import type { Random } from './prng.js';

/** The demo county's totals from the sources, at scale 1. */
export const COUNTY_FACTS = {
  name: '莲山县',
  code: '371199',
  villages: 633,
  population: 513_000,
  marriedWomen: 110_000,
  villageOfficers: 1_180,
} as const;

interface TownshipSeed {
  name: string;
  kind: OrgUnitKind;
  villages: number;
  /** Residents' committees (居委会) at the township seat, counted in `villages`. */
  communities: number;
  latitude: number;
  longitude: number;
}

// 洪凝镇 comes first because the sources name it: it is the "home" township of the demo.
// Village counts sum to 633, the county of the sources.
const TOWNSHIPS: readonly TownshipSeed[] = [
  { name: '洪凝镇', kind: OrgUnitKind.Town, villages: 62, communities: 3, latitude: 35.705, longitude: 119.245 },
  { name: '街头镇', kind: OrgUnitKind.Town, villages: 48, communities: 2, latitude: 35.612, longitude: 119.071 },
  { name: '潮河镇', kind: OrgUnitKind.Town, villages: 57, communities: 2, latitude: 35.588, longitude: 119.198 },
  { name: '许孟镇', kind: OrgUnitKind.Town, villages: 45, communities: 1, latitude: 35.836, longitude: 119.312 },
  { name: '于里镇', kind: OrgUnitKind.Town, villages: 66, communities: 2, latitude: 35.842, longitude: 119.165 },
  { name: '汪湖镇', kind: OrgUnitKind.Town, villages: 51, communities: 1, latitude: 35.728, longitude: 119.432 },
  { name: '叩官镇', kind: OrgUnitKind.Town, villages: 55, communities: 1, latitude: 35.574, longitude: 119.338 },
  { name: '中至镇', kind: OrgUnitKind.Town, villages: 43, communities: 1, latitude: 35.702, longitude: 119.088 },
  { name: '高泽镇', kind: OrgUnitKind.Town, villages: 58, communities: 2, latitude: 35.812, longitude: 119.445 },
  { name: '松柏乡', kind: OrgUnitKind.Township, villages: 41, communities: 0, latitude: 35.622, longitude: 119.452 },
  { name: '户部乡', kind: OrgUnitKind.Township, villages: 53, communities: 0, latitude: 35.86, longitude: 119.04 },
  { name: '莲城街道', kind: OrgUnitKind.Street, villages: 54, communities: 6, latitude: 35.748, longitude: 119.262 },
];

const BOUNDS = { south: 35.5, north: 35.9, west: 119.0, east: 119.5 };

/** One org unit to insert. `id` and `path` are filled once ids are reserved in the database. */
export interface UnitPlan {
  kind: OrgUnitKind;
  code: string;
  name: string;
  depth: number;
  parent: UnitPlan | null;
  category: VillageCategory | null;
  latitude: number | null;
  longitude: number | null;
  households: number | null;
  population: number | null;
  marriedWomen: number | null;
  id: number;
  path: string;
}

export interface VillagePlan {
  unit: UnitPlan;
  township: TownshipPlan;
  zones: UnitPlan[];
  /** Population at the start of the statistics window; the monthly simulation moves it on. */
  startPopulation: number;
  /** Share of the population who are married women of childbearing age. */
  marriedWomenRatio: number;
  householdSize: number;
}

export interface TownshipPlan {
  unit: UnitPlan;
  villages: VillagePlan[];
}

export interface CountyPlan {
  county: UnitPlan;
  townships: TownshipPlan[];
  villages: VillagePlan[];
  zones: UnitPlan[];
}

function unit(fields: Pick<UnitPlan, 'kind' | 'code' | 'name' | 'depth' | 'parent'> & Partial<UnitPlan>): UnitPlan {
  return {
    category: null,
    latitude: null,
    longitude: null,
    households: null,
    population: null,
    marriedWomen: null,
    id: 0,
    path: '',
    ...fields,
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Village serials follow the division-code convention (居委会 001–199, 村委会 201–); a township
 * scaled past that range numbers all its villages sequentially with four digits instead.
 */
function villageSerials(communities: number, villages: number): string[] {
  const committees = villages - communities;
  if (communities <= 199 && committees <= 799) {
    return [...Array.from({ length: communities }, (_, i) => String(i + 1).padStart(3, '0')), ...Array.from({ length: committees }, (_, i) => String(201 + i))];
  }
  return Array.from({ length: villages }, (_, i) => String(i + 1).padStart(4, '0'));
}

/** The county's tree: townships, villages (with coordinates, category, base population) and service zones. */
export function planCounty(random: Random, scale: number): CountyPlan {
  const county = unit({
    kind: OrgUnitKind.County,
    code: COUNTY_FACTS.code,
    name: COUNTY_FACTS.name,
    depth: 0,
    parent: null,
    latitude: 35.72,
    longitude: 119.25,
  });
  const townships: TownshipPlan[] = [];
  const villages: VillagePlan[] = [];
  const zones: UnitPlan[] = [];

  TOWNSHIPS.forEach((seed, t) => {
    const township: TownshipPlan = {
      unit: unit({
        kind: seed.kind,
        code: COUNTY_FACTS.code + String(t + 1).padStart(3, '0'),
        name: seed.name,
        depth: 1,
        parent: county,
        latitude: seed.latitude,
        longitude: seed.longitude,
      }),
      villages: [],
    };
    townships.push(township);

    const villageCount = Math.max(1, Math.round(seed.villages * scale));
    const communityCount = Math.min(villageCount, Math.round(seed.communities * scale));
    const serials = villageSerials(communityCount, villageCount);
    const taken = new Set<string>();
    for (let v = 0; v < villageCount; v++) {
      const isCommunity = v < communityCount;
      // Residents' committees sit in the township seat; villages spread over the hills around it.
      const spread = isCommunity ? 0.008 : 0.045;
      const latitude = clamp(random.normal(seed.latitude, spread), BOUNDS.south, BOUNDS.north);
      const longitude = clamp(random.normal(seed.longitude, spread * 1.2), BOUNDS.west, BOUNDS.east);
      const startPopulation = isCommunity ? random.int(1_600, 4_200) : Math.round(clamp(Math.exp(random.normal(Math.log(760), 0.42)), 300, 1_800));
      const village: VillagePlan = {
        unit: unit({
          kind: isCommunity ? OrgUnitKind.ResidentsCommittee : OrgUnitKind.VillageCommittee,
          code: township.unit.code + serials[v],
          name: isCommunity ? communityName(random, taken) : villageName(random, taken),
          depth: 2,
          parent: township.unit,
          category: random.weighted([
            [VillageCategory.A, 25],
            [VillageCategory.B, 50],
            [VillageCategory.C, 25],
          ]),
          latitude: round6(latitude),
          longitude: round6(longitude),
        }),
        township,
        zones: [],
        startPopulation,
        marriedWomenRatio: random.float(0.205, 0.225),
        householdSize: random.float(2.9, 3.3),
      };
      const byGroup = !isCommunity && random.chance(0.5);
      const zoneCount = isCommunity ? random.int(4, 5) : random.int(2, 5);
      for (let z = 1; z <= zoneCount; z++) {
        const zone = unit({
          kind: OrgUnitKind.ServiceZone,
          code: village.unit.code + String(z).padStart(3, '0'),
          name: serviceZoneName(byGroup, z),
          depth: 3,
          parent: village.unit,
        });
        village.zones.push(zone);
        zones.push(zone);
      }
      township.villages.push(village);
      villages.push(village);
    }
  });

  normaliseTotals(villages);
  return { county, townships, villages, zones };
}

/**
 * Scale the drawn village populations and married-women shares so the county matches the
 * sources' totals (per 633 villages), whatever the draws were.
 */
function normaliseTotals(villages: VillagePlan[]): void {
  const perVillage = villages.length / COUNTY_FACTS.villages;
  // The sources' total is today's; the two years of statistics add about 2 × 1.78‰ on the way.
  const targetPopulation = (COUNTY_FACTS.population * perVillage) / (1 + 2 * 0.00178);
  for (let pass = 0; pass < 4; pass++) {
    const total = villages.reduce((sum, v) => sum + v.startPopulation, 0);
    const factor = targetPopulation / total;
    for (const v of villages) {
      const isCommunity = v.unit.kind === OrgUnitKind.ResidentsCommittee;
      v.startPopulation = Math.round(isCommunity ? v.startPopulation * factor : clamp(v.startPopulation * factor, 300, 1_800));
    }
  }
  const targetWomen = COUNTY_FACTS.marriedWomen * perVillage;
  const women = villages.reduce((sum, v) => sum + v.startPopulation * v.marriedWomenRatio, 0);
  for (const v of villages) v.marriedWomenRatio *= targetWomen / women;
}

/** Every unit in insertion order (parents before children). */
export function allUnits(plan: CountyPlan): UnitPlan[] {
  return [plan.county, ...plan.townships.map((t) => t.unit), ...plan.villages.map((v) => v.unit), ...plan.zones];
}
