/**
 * A scheme for the small test county whose points can be computed by hand from the fixture's
 * October statistics (see test/fixtures.ts):
 *
 *   village  health checks    birth rate (‰, Oct)          fee        grade G1
 *   东一村   10/10 = 100%      4 × 12000 / 1004 = 47.81     0/0 (none)  A
 *   东二村   15/30 = 50%       6 × 12000 / 2000 = 36        3000/3000   (none)
 *   西一村   9/10 = 90%        2 × 12000 / 500 = 48         0/0 (none)  C
 *
 * H1 health checks 40 (≥90 full, ≤50 none; 东二村 has its own 50/20), B1 birth rate 20 (lower
 * is better: ≤40 full, ≥60 none), F1 fee collection 20 (no fee due: full), G1 qualitative 10,
 * P1 public evaluation 10 (stand-in 50%). Q4 2026 totals: 东一村 40 + 12.19 + 20 + 10 + 5 =
 * 87.19 (优秀 at 86), 东二村 40 + 20 + 20 + 0 + 5 = 85, 西一村 40 + 12 + 20 + 7 + 5 = 84.
 */
export const same = (target: number, zeroAt: number) => ({ A: { target, zeroAt }, B: { target, zeroAt }, C: { target, zeroAt } });

export const testDefinition = (overrideVillageId: number) => ({
  items: [
    {
      code: 'H1',
      category: '技术服务',
      name: '健康查体率',
      kind: 'QUANTITATIVE',
      points: 40,
      indicator: 'HEALTH_CHECK_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: same(90, 50),
      missing: 'ZERO',
    },
    {
      code: 'B1',
      category: '人口计划',
      name: '出生率',
      kind: 'QUANTITATIVE',
      points: 20,
      indicator: 'BIRTH_RATE',
      direction: 'LOWER_IS_BETTER',
      targets: same(40, 60),
      missing: 'ZERO',
    },
    {
      code: 'F1',
      category: '依法行政',
      name: '社会抚养费征收率',
      kind: 'QUANTITATIVE',
      points: 20,
      indicator: 'FEE_COLLECTION_RATE',
      targets: same(90, 50),
      missing: 'FULL',
    },
    { code: 'G1', category: '基础管理', name: '档案台账', kind: 'QUALITATIVE', points: 10, missing: 'ZERO', comprehensive: true },
    { code: 'P1', category: '群众评议', name: '群众满意率', kind: 'PUBLIC_EVALUATION', points: 10, targets: same(90, 50), missing: 'ZERO' },
    { code: 'X1', category: '加减分', name: '通报扣分', kind: 'DEDUCTION', points: 5, missing: 'ZERO' },
  ],
  overrides: [{ villageId: overrideVillageId, itemCode: 'H1', target: 50, zeroAt: 20, reason: '外出务工妇女多' }],
  vetoRules: [
    { kind: 'PETITION_ABOVE_COUNTY', trigger: '到县级以上上访' },
    { kind: 'CADRE_POLICY_BIRTH', trigger: '党员干部违反政策生育' },
  ],
  thresholds: { excellent: 86, good: 80, pass: 60 },
  qualitativeScale: { A: 1, B: 0.85, C: 0.7, D: 0.5 },
  routineWeight: 0.6,
  publicEvaluationStandIn: { share: 0.5, text: '调查开展前按满分的50%计' },
  lagging: { bottomN: 1, consecutive: 2, exitAfter: 2 },
  rewards: [
    { grade: 'EXCELLENT', village: 3000, cadre: 1000 },
    { grade: 'GOOD', village: 1000, cadre: 500 },
    { grade: 'PASS', village: 0, cadre: 0 },
    { grade: 'FAIL', village: -1000, cadre: -500 },
  ],
});

export const CREATE_SCHEME = `mutation($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id version year } }`;
export const SCORES = `query($period: String!, $filter: VillageScoreFilter) {
  villageScores(first: 10, period: $period, filter: $filter) {
    totalCount
    nodes { village { name } total grade vetoed rankCounty rankTownship schemeVersion vetoReasons { kind summary source }
            items { code points source explanation } }
  }
}`;
