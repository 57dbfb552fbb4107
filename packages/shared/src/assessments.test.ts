import { describe, expect, it } from 'vitest';
import { explainItem } from './assessment-explain.js';
import {
  laggingSpells,
  linearShare,
  periodMonths,
  previousPeriod,
  quarterOf,
  rewardDueDate,
  rewardStatus,
  scoreVillage,
  validateScheme,
  type PeriodStanding,
  type SchemeDefinition,
  type VillageScoreInput,
} from './assessments.js';

const same = (target: number, zeroAt: number) => ({ A: { target, zeroAt }, B: { target, zeroAt }, C: { target, zeroAt } });

/** A small scheme whose points can be followed by hand: 40 + 20 + 20 + 10 + 10 = 100. */
const scheme: SchemeDefinition = {
  items: [
    {
      code: 'Q1',
      category: '人口计划',
      name: '计划生育率',
      kind: 'QUANTITATIVE',
      points: 40,
      indicator: 'PLANNED_BIRTH_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: { A: { target: 100, zeroAt: 90 }, B: { target: 98, zeroAt: 90 }, C: { target: 95, zeroAt: 85 } },
      missing: 'FULL',
    },
    {
      code: 'Q2',
      category: '人口计划',
      name: '出生率',
      kind: 'QUANTITATIVE',
      points: 20,
      indicator: 'BIRTH_RATE',
      direction: 'LOWER_IS_BETTER',
      targets: same(10, 14),
      missing: 'ZERO',
    },
    { code: 'G1', category: '基础管理', name: '档案台账', kind: 'QUALITATIVE', points: 20, missing: 'ZERO', comprehensive: true },
    { code: 'P1', category: '群众评议', name: '群众满意率', kind: 'PUBLIC_EVALUATION', points: 10, targets: same(95, 75), missing: 'ZERO' },
    { code: 'D1', category: '数据质量', name: '瞒漏错报', kind: 'DATA_QUALITY', points: 10, targets: same(1, 11), missing: 'FULL' },
    { code: 'B1', category: '加减分', name: '工作创新加分', kind: 'BONUS', points: 3, missing: 'ZERO' },
    { code: 'X1', category: '加减分', name: '通报批评扣分', kind: 'DEDUCTION', points: 5, missing: 'ZERO' },
  ],
  overrides: [{ villageId: 7, itemCode: 'Q2', target: 12, zeroAt: 16, reason: '库区移民村，育龄人口集中' }],
  vetoRules: [
    { kind: 'CADRE_POLICY_BIRTH', trigger: '党员干部违反政策生育' },
    { kind: 'PETITION_ABOVE_COUNTY', trigger: '到县级以上上访' },
  ],
  thresholds: { excellent: 90, good: 80, pass: 60 },
  qualitativeScale: { A: 1, B: 0.85, C: 0.7, D: 0.5 },
  routineWeight: 0.6,
  publicEvaluationStandIn: { share: 0.8, text: '满意度调查开展前按满分的80%计' },
  lagging: { bottomN: 1, consecutive: 2, exitAfter: 2 },
  rewards: {
    EXCELLENT: { village: 3000, cadre: 1000 },
    GOOD: { village: 1500, cadre: 500 },
    PASS: { village: 0, cadre: 0 },
    FAIL: { village: -1000, cadre: -500 },
  },
};

const input = (over: Partial<VillageScoreInput> = {}): VillageScoreInput => ({
  villageId: 1,
  category: 'B',
  reported: { PLANNED_BIRTH_RATE: { numerator: 47, denominator: 50, value: 94 }, BIRTH_RATE: { numerator: 12, denominator: 12000, value: 12 } },
  verified: {},
  routineGrades: { G1: [{ grade: 'B', reason: '台账基本齐全', round: '3月平时考核' }] },
  spotGrades: {},
  discrepancyRate: null,
  satisfaction: null,
  adjustments: {},
  vetoes: [],
  ...over,
});
const item = (score: ReturnType<typeof scoreVillage>, code: string) =>
  explainItem(
    scheme,
    score.items.find((i) => i.code === code)!,
  );

describe('the linear rule', () => {
  it('gives full points at the target, none at zeroAt, linear between, either direction', () => {
    expect(linearShare(98, { target: 98, zeroAt: 90 }, 'HIGHER_IS_BETTER')).toBe(1);
    expect(linearShare(94, { target: 98, zeroAt: 90 }, 'HIGHER_IS_BETTER')).toBe(0.5);
    expect(linearShare(80, { target: 98, zeroAt: 90 }, 'HIGHER_IS_BETTER')).toBe(0);
    expect(linearShare(9, { target: 10, zeroAt: 14 }, 'LOWER_IS_BETTER')).toBe(1);
    expect(linearShare(13, { target: 10, zeroAt: 14 }, 'LOWER_IS_BETTER')).toBe(0.25);
    expect(linearShare(15, { target: 10, zeroAt: 14 }, 'LOWER_IS_BETTER')).toBe(0);
  });
});

describe('scoreVillage', () => {
  it('adds up every item with its rule, inputs and a Chinese explanation', () => {
    const score = scoreVillage(scheme, input());
    // Q1 94% on B (98→90): half of 40 = 20. Q2 12‰ lower-is-better (10→14): half of 20 = 10.
    // G1 grade B: 0.85 × 20 = 17. P1 no survey: stand-in 80% of 10 = 8. D1 not sampled: FULL 10.
    expect(score.items.map((i) => [i.code, i.points])).toEqual([
      ['Q1', 20],
      ['Q2', 10],
      ['G1', 17],
      ['P1', 8],
      ['D1', 10],
      ['B1', 0],
      ['X1', -0],
    ]);
    expect(score.total).toBe(65);
    expect(score.grade).toBe('PASS');
    expect(item(score, 'Q1').explanation).toBe('计划生育率：上报计划生育率94%（47/50×100）；B类村目标：≥98%得满分40分，≤90%不得分，其间按线性折算；得20分。');
    expect(item(score, 'Q2').inputs).toMatchObject({ reported: 12, target: 10, zeroAt: 14, category: 'B', override: null });
    expect(item(score, 'P1')).toMatchObject({ source: 'STAND_IN', explanation: '群众满意率：本期尚无满意度调查，满意度调查开展前按满分的80%计，得8分。' });
    expect(item(score, 'D1').explanation).toBe('瞒漏错报：本期未被抽中核查，按满分10分计。');
    expect(score.explanation).toBe('总分65分（各项得分相加），按优秀≥90、良好≥80、合格≥60评为合格。');
  });

  it('uses the category target, and a village override over it', () => {
    expect(item(scoreVillage(scheme, input({ category: 'C' })), 'Q1').points).toBe(36); // (94−85)/(95−85) × 40
    const overridden = item(scoreVillage(scheme, input({ villageId: 7 })), 'Q2');
    expect(overridden.points).toBe(20); // 12‰ meets the village's own target of 12
    expect(overridden.rule).toContain('本村单列目标（库区移民村，育龄人口集中）');
  });

  it('applies the missing-data rule of each item', () => {
    const score = scoreVillage(scheme, input({ reported: {}, routineGrades: {} }));
    expect(item(score, 'Q1')).toMatchObject({ points: 40, source: 'MISSING', value: null }); // no births: FULL
    expect(item(score, 'Q2')).toMatchObject({ points: 0, source: 'MISSING' }); // ZERO
    expect(item(score, 'G1')).toMatchObject({ points: 0, explanation: '档案台账：本期未评定，不得分。' });
  });

  it('weighs routine and spot-check figures as the scheme says', () => {
    const score = scoreVillage(
      scheme,
      input({
        verified: { Q1: { value: 90, reported: 94, round: '三季度抽查' } },
        spotGrades: { G1: { grade: 'D', reason: '台账缺失', round: '三季度抽查' } },
        discrepancyRate: 6,
      }),
    );
    // Q1: routine 20, spot 0 → 0.6 × 20 + 0.4 × 0 = 12. G1: 0.6 × 17 + 0.4 × 10 = 14.2. D1: (11−6)/10 × 10 = 5.
    expect(item(score, 'Q1')).toMatchObject({ points: 12, routinePoints: 20, spotPoints: 0, source: 'VERIFIED' });
    expect(item(score, 'G1')).toMatchObject({ points: 14.2, routinePoints: 17, spotPoints: 10 });
    expect(item(score, 'D1')).toMatchObject({ points: 5, value: 6, source: 'SAMPLED' });
    const routineSampling = score.combinations.find((c) => c.pair === 'ROUTINE_SAMPLING')!;
    // Routine: 0.6×20 + 10 + 0.6×17 + 8 = 40.2 of 0.6×40 + 20 + 0.6×20 + 10 = 66; sampling: 0 + 4 + 5 = 9 of 16 + 8 + 10 = 34.
    expect(routineSampling).toEqual({ pair: 'ROUTINE_SAMPLING', leftPoints: 40.2, leftMax: 66, rightPoints: 9, rightMax: 34 });
    expect(score.combinations.find((c) => c.pair === 'OVERALL_PUBLIC')).toEqual({
      pair: 'OVERALL_PUBLIC',
      leftPoints: 41.2,
      leftMax: 90,
      rightPoints: 8,
      rightMax: 10,
    });
    expect(score.combinations.find((c) => c.pair === 'SINGLE_COMPREHENSIVE')).toMatchObject({ rightPoints: 14.2, rightMax: 20 });
  });

  it('takes public evaluation from a survey when one exists', () => {
    const p1 = item(scoreVillage(scheme, input({ satisfaction: { rate: 0.85, satisfied: 34, valid: 40, low: 0.71, high: 0.93 } })), 'P1');
    expect(p1).toMatchObject({ points: 5, value: 85, source: 'SURVEY' }); // (85−75)/(95−75) × 10
    expect(p1.explanation).toContain('满意及基本满意34/有效40，95%区间71%–93%');
  });

  it('caps bonuses and deductions at their points', () => {
    const score = scoreVillage(
      scheme,
      input({
        adjustments: {
          B1: [
            { points: 2, reason: '创新流动人口服务' },
            { points: 2, reason: '市级表彰' },
          ],
          X1: [{ points: 1.5, reason: '县督查通报' }],
        },
      }),
    );
    expect(item(score, 'B1')).toMatchObject({ points: 3, explanation: '工作创新加分：创新流动人口服务加2分；市级表彰加2分，封顶3分，合计加3分。' });
    expect(item(score, 'X1').points).toBe(-1.5);
    expect(score.total).toBe(66.5);
  });

  it('vetoes a village whatever its points, under the rules the scheme lists only', () => {
    const perfect = input({
      reported: { BIRTH_RATE: { numerator: 9, denominator: 12000, value: 9 } },
      routineGrades: { G1: [{ grade: 'A', reason: '齐全', round: '平时' }] },
      satisfaction: { rate: 1, satisfied: 10, valid: 10, low: null, high: null },
    });
    expect(scoreVillage(scheme, perfect)).toMatchObject({ total: 100, grade: 'EXCELLENT', vetoed: false });
    const vetoed = scoreVillage(scheme, {
      ...perfect,
      vetoes: [{ kind: 'PETITION_ABOVE_COUNTY', occurredOn: '2026-05-12', summary: '赴市上访', source: 'complaint:9' }],
    });
    expect(vetoed).toMatchObject({ total: 100, grade: 'FAIL', vetoed: true });
    expect(vetoed.explanation).toContain('因到县级以上上访（2026-05-12，赴市上访）被一票否决，定为不合格');
    // 两非 is not among this scheme's veto rules.
    expect(
      scoreVillage(scheme, { ...perfect, vetoes: [{ kind: 'SEX_SELECTION', occurredOn: '2026-05-12', summary: 'x', source: 'veto_event:1' }] }).vetoed,
    ).toBe(false);
  });

  it('applies a grade decided on appeal and says so', () => {
    const score = scoreVillage(scheme, input({ gradeOverride: { grade: 'GOOD', reason: '抽查数据录入有误' } }));
    expect(score.grade).toBe('GOOD');
    expect(score.explanation).toContain('经申诉，领导裁定改为良好（抽查数据录入有误）');
  });
});

describe('validateScheme', () => {
  it('accepts the test scheme', () => expect(() => validateScheme(scheme)).not.toThrow());
  it.each([
    ['points not adding up to 100', { items: scheme.items.map((i) => (i.code === 'Q1' ? { ...i, points: 30 } : i)) }, 'input.items'],
    [
      'a target on the wrong side of zeroAt',
      { items: scheme.items.map((i) => (i.code === 'Q2' ? { ...i, targets: same(14, 10) } : i)) },
      'input.items.1.targets.A',
    ],
    ['an override of an unknown item', { overrides: [{ villageId: 1, itemCode: 'ZZ', target: 1, zeroAt: 2, reason: 'x' }] }, 'input.overrides.0.itemCode'],
    ['thresholds out of order', { thresholds: { excellent: 80, good: 90, pass: 60 } }, 'input.thresholds'],
  ] as [string, Partial<SchemeDefinition>, string][])('refuses %s, naming the field', (_, change, field) => {
    expect(() => validateScheme({ ...scheme, ...change })).toThrow(expect.objectContaining({ field }));
  });
});

describe('lagging villages', () => {
  const standing = (period: string, rank: number, over: Partial<PeriodStanding> = {}): PeriodStanding => ({
    period,
    vetoed: false,
    grade: 'PASS',
    townshipRank: rank,
    townshipSize: 10,
    ...over,
  });
  const rules = { bottomN: 2, consecutive: 2, exitAfter: 2 };

  it('enters after the bottom twice in a row and exits after two quarters above the line', () => {
    expect(laggingSpells([standing('2026-Q1', 10), standing('2026-Q2', 5), standing('2026-Q3', 9)], rules)).toEqual([]);
    expect(laggingSpells([standing('2025-Q4', 9), standing('2026-Q1', 10), standing('2026-Q2', 3), standing('2026-Q3', 2)], rules)).toEqual([
      { enteredPeriod: '2026-Q1', reasons: ['BOTTOM'], exitedPeriod: '2026-Q3' },
    ]);
  });

  it('enters at once when vetoed or failed, and a gap breaks a run', () => {
    expect(laggingSpells([standing('2026-Q1', 1, { vetoed: true, grade: 'FAIL' }), standing('2026-Q2', 1)], rules)).toEqual([
      { enteredPeriod: '2026-Q1', reasons: ['VETOED'], exitedPeriod: null },
    ]);
    expect(laggingSpells([standing('2026-Q1', 4, { grade: 'FAIL' })], rules)[0].reasons).toEqual(['FAILED']);
    expect(laggingSpells([standing('2026-Q1', 10), standing('2026-Q3', 10)], rules)).toEqual([]);
  });
});

describe('periods and deadlines', () => {
  it('knows quarters and years', () => {
    expect(periodMonths('2026-Q3')).toEqual({ from: '2026-07', to: '2026-09' });
    expect(periodMonths('2026')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('2026')).toBe('2025');
    expect(quarterOf('2026-11')).toBe('2026-Q4');
  });
  it('makes rewards due by the end of February of the next year', () => {
    expect(rewardDueDate(2026)).toBe('2027-02-28');
    expect(rewardDueDate(2027)).toBe('2028-02-29');
    expect(rewardStatus('2027-02-28', null, '2027-03-01')).toBe('OVERDUE');
    expect(rewardStatus('2027-02-28', '2027-01-10', '2027-03-01')).toBe('PAID');
    expect(rewardStatus('2027-02-28', null, '2027-02-28')).toBe('DUE');
  });
});
