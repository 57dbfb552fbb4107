import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestDatabase, type TestDatabase } from '../test/database.js';
import { callerFor, type Caller } from '../test/graphql.js';

/** The main pages' queries cost a fixed number of SQL statements, whatever the page size. */
let db: TestDatabase;
let leader: Caller;
beforeAll(async () => {
  db = await createDemoTestDatabase();
  leader = await callerFor(db.orm, 'leader');
});
afterAll(() => db.close());

async function statementsFor(query: string, variables: Record<string, unknown>) {
  db.queries.length = 0;
  const data = await leader.data(query, variables);
  return { data, count: db.queries.length };
}

const VILLAGES_PAGE = `query($first: Int!) {
  villages(first: $first, orderBy: { field: HEALTH_CHECK_RATE, direction: ASC }) {
    totalCount
    nodes {
      name category population
      township { name }
      stationedCadre { name phone }
      indicators { values { key value reliable } }
    }
  }
}`;

describe('statements per request', () => {
  it('listing 100 villages with township, stationed cadre and indicators costs the same handful as listing 10', async () => {
    const ten = await statementsFor(VILLAGES_PAGE, { first: 10 });
    const hundred = await statementsFor(VILLAGES_PAGE, { first: 100 });
    expect(hundred.data.villages.nodes).toHaveLength(100);
    expect(hundred.data.villages.nodes.every((v: { township: unknown; stationedCadre: unknown }) => v.township && v.stationedCadre)).toBe(true);
    // latest month, page, count, townships, assignments, cadres, indicators (+ default period).
    expect(hundred.count).toBe(ten.count);
    expect(hundred.count).toBeLessThanOrEqual(9);
  });

  it('a village page (profile, cadres, 24 months) costs a fixed handful too', async () => {
    const { data: list } = await statementsFor(`{ villages(first: 2) { nodes { id } } }`, {});
    const village = await statementsFor(
      `query($id: ID!) { village(id: $id) { name township { name } assignments { role cadre { name unit { name } } }
         statistics(period: { from: "2024-12", to: "2026-11" }) { month births } } 
         indicatorSeries(orgUnitId: $id, period: { from: "2024-12", to: "2026-11" }) { from values { key value } } }`,
      { id: list.villages.nodes[0].id },
    );
    expect(village.data.village.statistics).toHaveLength(24);
    expect(village.count).toBeLessThanOrEqual(8);
  });
});

const LEAGUE = `query($first: Int!) {
  villageScores(first: $first, period: "2026-Q3") {
    totalCount
    nodes { village { name category } township { name } total grade vetoed vetoReasons { summary } rankCounty rankTownship rankChange
            items { code name points explanation inputs { name value } } combinations { pair leftPoints rightPoints } }
  }
}`;

describe('assessment pages (league table, score card, village history, overview)', () => {
  it('the demo county has results for every village, vetoed villages at 不合格', async () => {
    const [row] = await db.orm.em.getConnection().execute(`select count(*)::int as n, count(*) filter (where vetoed)::int as vetoed,
      count(*) filter (where vetoed and grade <> 'FAIL')::int as vetoed_not_failed from assessment_result where period = '2026-Q3'`);
    expect(row.n).toBe(633);
    expect(row.vetoed).toBeGreaterThan(0);
    expect(row.vetoed_not_failed).toBe(0);
  });

  it('a league table page of 100 costs what a page of 10 costs', async () => {
    const ten = await statementsFor(LEAGUE, { first: 10 });
    const hundred = await statementsFor(LEAGUE, { first: 100 });
    expect(hundred.data.villageScores.nodes).toHaveLength(100);
    expect(hundred.data.villageScores.nodes[0].items[0].explanation).toMatch(/。$/);
    // page, count, scheme versions, villages and townships.
    expect(hundred.count).toBe(ten.count);
    expect(hundred.count).toBeLessThanOrEqual(5);
  });

  it('a village page with its assessment history and the overview cost a handful', async () => {
    const { data } = await statementsFor(`{ villageScores(first: 1, period: "2026-Q3") { nodes { village { id } } } }`, {});
    const page = await statementsFor(
      `query($id: ID!) {
      village(id: $id) { name assessmentHistory { period total grade rankCounty items { code explanation } } }
      assessmentOverview(period: "2026-Q3") { villages grades { grade count } vetoed lagging risers { village { name } rankChange } fallers { village { name } } }
      townshipRanking(period: "2026-Q3") { position score township { name } }
    }`,
      { id: data.villageScores.nodes[0].village.id },
    );
    expect(page.data.village.assessmentHistory.length).toBe(7);
    expect(page.data.townshipRanking).toHaveLength(12);
    expect(page.count).toBeLessThanOrEqual(12);
  });
});

// The complaint hotspots page's request (the dashboard's GetComplaintHotspots), its fragments inlined.
const HOTSPOTS_PAGE = `query($unitId: ID!, $heatmapRows: Int!) {
  heatmap: complaintHotspots(orgUnitId: $unitId, period: { from: "2026-08", to: "2026-10" }, topUnits: $heatmapRows) {
    rule cells { orgUnit { id name } category count previousCount lastYearCount population per10k changeRate }
  }
  map: complaintHotspots(orgUnitId: $unitId, period: { from: "2026-08", to: "2026-10" }, byCategory: false) { cells { orgUnit { id name } count per10k latitude longitude } }
  trend: complaintHotspots(orgUnitId: $unitId, period: { from: "2024-12", to: "2026-11" }, breakdown: WHOLE, byMonth: true) { cells { month category count } }
  topics: complaintTopics(orgUnitId: $unitId, month: "2026-10") { month proposed { category } topics { category count topUnits { orgUnit { id name } count } } }
  total: complaintRates(orgUnitId: $unitId, period: { from: "2026-08", to: "2026-10" }) { orgUnit { id name } received rates { key value } }
  rates: complaintRates(orgUnitId: $unitId, period: { from: "2026-08", to: "2026-10" }, breakdown: TOWNSHIP) { orgUnit { id name } received rates { key value } }
  caseload: complaintCaseload(orgUnitId: $unitId, period: { from: "2026-08", to: "2026-10" }, first: 15) { orgUnit { id name } received open overdue }
}`;

describe('complaint hotspots page', () => {
  it('costs the same handful of statements whatever the heatmap rows, with every map village named', async () => {
    const unitId = leader.viewer!.scope.id;
    const five = await statementsFor(HOTSPOTS_PAGE, { unitId, heatmapRows: 5 });
    const hundred = await statementsFor(HOTSPOTS_PAGE, { unitId, heatmapRows: 100 });
    const units = ({ data }: { data: Record<string, any> }) => new Set(data.heatmap.cells.map((c: { orgUnit: { id: string } }) => c.orgUnit.id)).size;
    expect([units(five), units(hundred)]).toEqual([5, 100]);
    expect(hundred.data.map.cells.length).toBeGreaterThan(400);
    expect(hundred.data.map.cells.every((c: { orgUnit: { name: string } }) => c.orgUnit.name)).toBe(true);
    // The unit, three hotspot statements (naming their units), topics, rates, caseload, and the units of those three.
    // The root fields resolve in parallel, so whether the last units share one batch depends on timing
    // (12 or 13): a bound, not an exact count; row by row it would be hundreds.
    expect(five.count).toBeLessThanOrEqual(13);
    expect(hundred.count).toBeLessThanOrEqual(13);
  });
});
