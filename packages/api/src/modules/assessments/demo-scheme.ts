import type { AssessmentItem, SchemeDefinition } from '@township/shared';

const by = (a: [number, number], b: [number, number], c: [number, number]) => ({
  A: { target: a[0], zeroAt: a[1] },
  B: { target: b[0], zeroAt: b[1] },
  C: { target: c[0], zeroAt: c[1] },
});

/**
 * The demo county's scheme, built from DOMAIN.md: quantitative items over the village statistics
 * with targets by category (分类指导), qualitative items graded by inspectors, public evaluation
 * (a stand-in until surveys exist), data quality from spot checks (瞒漏错报), bonuses, deductions,
 * the three veto rules, grades and rewards. `year` shifts the targets the way a renewed scheme would.
 */
export function demoSchemeDefinition(year: number, lastYear: boolean): SchemeDefinition {
  // Last year's scheme had no data-quality item; this year's took 10 points from the qualitative items for it.
  const items: AssessmentItem[] = [
    {
      code: 'RK1',
      category: '人口计划',
      name: '计划生育率',
      kind: 'QUANTITATIVE',
      points: 20,
      indicator: 'PLANNED_BIRTH_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: by([100, 90], [98, 88], [96, 85]),
      missing: 'FULL',
    },
    {
      code: 'RK2',
      category: '人口计划',
      name: '人口出生率',
      kind: 'QUANTITATIVE',
      points: 10,
      indicator: 'BIRTH_RATE',
      direction: 'LOWER_IS_BETTER',
      targets: lastYear ? by([11, 19], [12, 20], [13, 21]) : by([10, 18], [11, 19], [12, 20]),
      missing: 'FULL',
    },
    {
      code: 'JS1',
      category: '技术服务',
      name: '长效节育措施落实率',
      kind: 'QUANTITATIVE',
      points: 10,
      indicator: 'CONTRACEPTION_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: by([72, 52], [68, 50], [64, 48]),
      missing: 'ZERO',
    },
    {
      code: 'JS2',
      category: '技术服务',
      name: '健康查体率',
      kind: 'QUANTITATIVE',
      points: 10,
      indicator: 'HEALTH_CHECK_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: by([97, 80], [95, 78], [93, 75]),
      missing: 'ZERO',
    },
    {
      code: 'YF1',
      category: '依法行政',
      name: '社会抚养费征收率',
      kind: 'QUANTITATIVE',
      points: 5,
      indicator: 'FEE_COLLECTION_RATE',
      direction: 'HIGHER_IS_BETTER',
      targets: by([95, 50], [90, 45], [85, 40]),
      missing: 'FULL',
    },
    { code: 'JC1', category: '基础管理', name: '档案台账与信息化管理', kind: 'QUALITATIVE', points: lastYear ? 15 : 10, missing: 'ZERO' },
    { code: 'JC2', category: '基础管理', name: '宣传教育与村务公开', kind: 'QUALITATIVE', points: lastYear ? 10 : 5, missing: 'ZERO' },
    { code: 'ZH1', category: '综合评估', name: '班子重视与工作创新', kind: 'QUALITATIVE', points: 10, missing: 'ZERO', comprehensive: true },
    {
      code: 'QZ1',
      category: '群众评议',
      name: '群众满意率',
      kind: 'PUBLIC_EVALUATION',
      points: 10,
      targets: by([95, 70], [93, 68], [90, 65]),
      missing: 'ZERO',
    },
    ...(lastYear
      ? []
      : [
          {
            code: 'SJ1',
            category: '数据质量',
            name: '瞒漏错报',
            kind: 'DATA_QUALITY' as const,
            points: 10,
            targets: by([1, 11], [1, 11], [2, 12]),
            missing: 'FULL' as const,
          },
        ]),
    { code: 'JF1', category: '加减分', name: '工作创新、受上级表彰加分', kind: 'BONUS', points: 3, missing: 'ZERO' },
    { code: 'KF1', category: '加减分', name: '督查通报、工作失误扣分', kind: 'DEDUCTION', points: 5, missing: 'ZERO' },
  ];
  return {
    items,
    overrides: [],
    vetoRules: [
      { kind: 'CADRE_POLICY_BIRTH', trigger: '村“两委”成员或党员违反政策生育' },
      { kind: 'SEX_SELECTION', trigger: '发生非医学需要的胎儿性别鉴定或选择性别人工终止妊娠（“两非”）案件' },
      { kind: 'PETITION_ABOVE_COUNTY', trigger: '因计划生育问题到县级以上上访' },
    ],
    thresholds: { excellent: 90, good: 80, pass: 60 },
    qualitativeScale: { A: 1, B: 0.85, C: 0.7, D: 0.5 },
    routineWeight: 0.6,
    publicEvaluationStandIn: { share: 0.85, text: `${year}年群众满意度问卷调查开展前，群众评议暂按满分的85%计` },
    lagging: { bottomN: 3, consecutive: 2, exitAfter: 2 },
    rewards: {
      EXCELLENT: { village: 5000, cadre: 2000 },
      GOOD: { village: 3000, cadre: 1000 },
      PASS: { village: 0, cadre: 0 },
      FAIL: { village: -2000, cadre: -1000 },
    },
  };
}
