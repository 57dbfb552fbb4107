import { VillageCategory } from './enums.js';
import { badInput } from './errors.js';
import { INDICATOR_KEYS, type IndicatorKey } from './indicators.js';
import { isMonth } from './period.js';

/**
 * Target-responsibility assessment (目标管理责任制考核): the scheme a township sets each year and the
 * pure maths that turns a village's inputs into points, a grade and an explanation. The API only
 * gathers inputs (in bulk, in SQL) and stores what these functions return.
 */

export const AssessmentItemKind = {
  Quantitative: 'QUANTITATIVE',
  Qualitative: 'QUALITATIVE',
  PublicEvaluation: 'PUBLIC_EVALUATION',
  DataQuality: 'DATA_QUALITY',
  Bonus: 'BONUS',
  Deduction: 'DEDUCTION',
} as const;
export type AssessmentItemKind = (typeof AssessmentItemKind)[keyof typeof AssessmentItemKind];

export const ScoreDirection = { HigherIsBetter: 'HIGHER_IS_BETTER', LowerIsBetter: 'LOWER_IS_BETTER' } as const;
export type ScoreDirection = (typeof ScoreDirection)[keyof typeof ScoreDirection];

/** What an item scores when its input is missing (no births, no grade, not sampled). */
export const MissingDataRule = { Zero: 'ZERO', Full: 'FULL' } as const;
export type MissingDataRule = (typeof MissingDataRule)[keyof typeof MissingDataRule];

export const QualitativeGrade = { A: 'A', B: 'B', C: 'C', D: 'D' } as const;
export type QualitativeGrade = (typeof QualitativeGrade)[keyof typeof QualitativeGrade];

export const AssessmentGrade = { Excellent: 'EXCELLENT', Good: 'GOOD', Pass: 'PASS', Fail: 'FAIL' } as const;
export type AssessmentGrade = (typeof AssessmentGrade)[keyof typeof AssessmentGrade];

export const CheckKind = { Routine: 'ROUTINE', Spot: 'SPOT' } as const;
export type CheckKind = (typeof CheckKind)[keyof typeof CheckKind];

/** Failures that fail a village whatever its points (一票否决). */
export const VetoKind = {
  CadrePolicyBirth: 'CADRE_POLICY_BIRTH',
  SexSelection: 'SEX_SELECTION',
  PetitionAboveCounty: 'PETITION_ABOVE_COUNTY',
} as const;
export type VetoKind = (typeof VetoKind)[keyof typeof VetoKind];

export const AppealKind = { Veto: 'VETO', Grade: 'GRADE' } as const;
export type AppealKind = (typeof AppealKind)[keyof typeof AppealKind];

export const AppealStatus = { Pending: 'PENDING', Upheld: 'UPHELD', Rejected: 'REJECTED' } as const;
export type AppealStatus = (typeof AppealStatus)[keyof typeof AppealStatus];

export const RewardStatus = { Paid: 'PAID', Due: 'DUE', Overdue: 'OVERDUE' } as const;
export type RewardStatus = (typeof RewardStatus)[keyof typeof RewardStatus];

export const RewardRecipient = { Village: 'VILLAGE', Cadre: 'CADRE' } as const;
export type RewardRecipient = (typeof RewardRecipient)[keyof typeof RewardRecipient];

export const LaggingReason = { Vetoed: 'VETOED', Failed: 'FAILED', Bottom: 'BOTTOM' } as const;
export type LaggingReason = (typeof LaggingReason)[keyof typeof LaggingReason];

/** The four combinations (四个结合): each splits the regular points of a result into two sides. */
export const CombinationPair = {
  QualitativeQuantitative: 'QUALITATIVE_QUANTITATIVE',
  RoutineSampling: 'ROUTINE_SAMPLING',
  SingleComprehensive: 'SINGLE_COMPREHENSIVE',
  OverallPublic: 'OVERALL_PUBLIC',
} as const;
export type CombinationPair = (typeof CombinationPair)[keyof typeof CombinationPair];

type Labels<K extends string> = Record<K, Record<'zh-CN' | 'en', string>>;

export const ASSESSMENT_ITEM_KIND_LABELS: Labels<AssessmentItemKind> = {
  QUANTITATIVE: { 'zh-CN': '定量指标', en: 'Quantitative' },
  QUALITATIVE: { 'zh-CN': '定性指标', en: 'Qualitative' },
  PUBLIC_EVALUATION: { 'zh-CN': '群众评议', en: 'Public evaluation' },
  DATA_QUALITY: { 'zh-CN': '数据质量（瞒漏错报）', en: 'Data quality' },
  BONUS: { 'zh-CN': '加分项', en: 'Bonus' },
  DEDUCTION: { 'zh-CN': '扣分项', en: 'Deduction' },
};
export const SCORE_DIRECTION_LABELS: Labels<ScoreDirection> = {
  HIGHER_IS_BETTER: { 'zh-CN': '越高越好', en: 'Higher is better' },
  LOWER_IS_BETTER: { 'zh-CN': '越低越好', en: 'Lower is better' },
};
export const MISSING_DATA_RULE_LABELS: Labels<MissingDataRule> = {
  ZERO: { 'zh-CN': '无数据不得分', en: 'No data scores zero' },
  FULL: { 'zh-CN': '无数据按满分计', en: 'No data scores full points' },
};
export const QUALITATIVE_GRADE_LABELS: Labels<QualitativeGrade> = {
  A: { 'zh-CN': 'A（好）', en: 'A (good)' },
  B: { 'zh-CN': 'B（较好）', en: 'B (fairly good)' },
  C: { 'zh-CN': 'C（一般）', en: 'C (fair)' },
  D: { 'zh-CN': 'D（差）', en: 'D (poor)' },
};
export const ASSESSMENT_GRADE_LABELS: Labels<AssessmentGrade> = {
  EXCELLENT: { 'zh-CN': '优秀', en: 'Excellent' },
  GOOD: { 'zh-CN': '良好', en: 'Good' },
  PASS: { 'zh-CN': '合格', en: 'Pass' },
  FAIL: { 'zh-CN': '不合格', en: 'Fail' },
};
export const CHECK_KIND_LABELS: Labels<CheckKind> = {
  ROUTINE: { 'zh-CN': '平时考核', en: 'Routine check' },
  SPOT: { 'zh-CN': '抽样检查（现抽点）', en: 'Spot check' },
};
export const VETO_KIND_LABELS: Labels<VetoKind> = {
  CADRE_POLICY_BIRTH: { 'zh-CN': '党员干部违反政策生育', en: 'Policy-violating birth by a party cadre' },
  SEX_SELECTION: { 'zh-CN': '“两非”案件', en: 'Unlawful sex selection (两非)' },
  PETITION_ABOVE_COUNTY: { 'zh-CN': '到县级以上上访', en: 'Petition above county level' },
};
export const APPEAL_KIND_LABELS: Labels<AppealKind> = {
  VETO: { 'zh-CN': '一票否决申诉', en: 'Veto appeal' },
  GRADE: { 'zh-CN': '等次申诉', en: 'Grade appeal' },
};
export const APPEAL_STATUS_LABELS: Labels<AppealStatus> = {
  PENDING: { 'zh-CN': '待裁定', en: 'Pending' },
  UPHELD: { 'zh-CN': '申诉成立', en: 'Upheld' },
  REJECTED: { 'zh-CN': '维持原决定', en: 'Rejected' },
};
export const REWARD_STATUS_LABELS: Labels<RewardStatus> = {
  PAID: { 'zh-CN': '已兑现', en: 'Paid' },
  DUE: { 'zh-CN': '待兑现', en: 'Due' },
  OVERDUE: { 'zh-CN': '逾期未兑现', en: 'Overdue' },
};
export const REWARD_RECIPIENT_LABELS: Labels<RewardRecipient> = {
  VILLAGE: { 'zh-CN': '村', en: 'Village' },
  CADRE: { 'zh-CN': '驻村干部（同奖同罚）', en: 'Stationed cadre (same reward, same penalty)' },
};
export const LAGGING_REASON_LABELS: Labels<LaggingReason> = {
  VETOED: { 'zh-CN': '被一票否决', en: 'Vetoed' },
  FAILED: { 'zh-CN': '考核不合格', en: 'Graded fail' },
  BOTTOM: { 'zh-CN': '连续排名靠后', en: 'At the bottom repeatedly' },
};
export const COMBINATION_PAIR_LABELS: Labels<CombinationPair> = {
  QUALITATIVE_QUANTITATIVE: { 'zh-CN': '定性与定量', en: 'Qualitative with quantitative' },
  ROUTINE_SAMPLING: { 'zh-CN': '平时考核与抽样', en: 'Routine checks with sampling' },
  SINGLE_COMPREHENSIVE: { 'zh-CN': '单项考核与综合评估', en: 'Single items with comprehensive evaluation' },
  OVERALL_PUBLIC: { 'zh-CN': '整体衡量与群众评议', en: 'Overall measurement with public evaluation' },
};
/** The two sides of each pair, left then right. */
export const COMBINATION_SIDE_LABELS: Record<CombinationPair, [string, string]> = {
  QUALITATIVE_QUANTITATIVE: ['定性', '定量'],
  ROUTINE_SAMPLING: ['平时考核', '抽样检查'],
  SINGLE_COMPREHENSIVE: ['单项考核', '综合评估'],
  OVERALL_PUBLIC: ['整体衡量', '群众评议'],
};

// ---------------------------------------------------------------------------------------------
// The scheme (考核方案)

/** Full points at `target`, none at `zeroAt`, linear between; which side is good follows the direction. */
export interface LinearTarget {
  target: number;
  zeroAt: number;
}

export interface AssessmentItem {
  /** Stable within a scheme and across its copies (`Q1`, `D1`…): grades and checks refer to it. */
  code: string;
  category: string;
  name: string;
  kind: AssessmentItemKind;
  /** Weight: the most this item can give (bonus) or take (deduction). */
  points: number;
  /** QUANTITATIVE: the village-statistics indicator scored. */
  indicator?: IndicatorKey | null;
  direction?: ScoreDirection | null;
  /** QUANTITATIVE, PUBLIC_EVALUATION (rate %), DATA_QUALITY (discrepancy %): targets by village category. */
  targets?: Record<VillageCategory, LinearTarget> | null;
  missing: MissingDataRule;
  /** Counts on the comprehensive side of 单项考核与综合评估. */
  comprehensive?: boolean;
}

/** A village's own target for one item (因村制宜), replacing its category's. */
export interface TargetOverride extends LinearTarget {
  villageId: number;
  itemCode: string;
  reason: string;
}

export interface VetoRule {
  kind: VetoKind;
  /** What triggers it, as the scheme states it. */
  trigger: string;
}

export interface SchemeDefinition {
  items: AssessmentItem[];
  overrides: TargetOverride[];
  vetoRules: VetoRule[];
  /** Minimum totals for 优秀, 良好, 合格; below `pass` is 不合格. */
  thresholds: { excellent: number; good: number; pass: number };
  /** Share of an item's points each inspector grade earns. */
  qualitativeScale: Record<QualitativeGrade, number>;
  /** Where a spot check measured an item, routine × this + spot × (1 − this). */
  routineWeight: number;
  /** Public evaluation before surveys exist: this share of the points, and the scheme's words for it. */
  publicEvaluationStandIn: { share: number; text: string };
  /** 治理类: enter when vetoed, failed, or in the township's bottom N for `consecutive` periods; exit after `exitAfter` clean periods. */
  lagging: { bottomN: number; consecutive: number; exitAfter: number };
  /** 兑现奖惩 per grade, yuan (negative = penalty); the stationed cadre shares it (同奖同罚). */
  rewards: Record<AssessmentGrade, { village: number; cadre: number }>;
}

const REGULAR_KINDS: readonly AssessmentItemKind[] = ['QUANTITATIVE', 'QUALITATIVE', 'PUBLIC_EVALUATION', 'DATA_QUALITY'];
const TARGETED_KINDS: readonly AssessmentItemKind[] = ['QUANTITATIVE', 'PUBLIC_EVALUATION', 'DATA_QUALITY'];
export const isRegularItem = (item: Pick<AssessmentItem, 'kind'>) => REGULAR_KINDS.includes(item.kind);

/** The direction an item is scored in: data quality is a discrepancy, lower is better. */
export function directionOf(item: AssessmentItem): ScoreDirection {
  if (item.kind === 'DATA_QUALITY') return 'LOWER_IS_BETTER';
  if (item.kind === 'PUBLIC_EVALUATION') return 'HIGHER_IS_BETTER';
  return item.direction ?? 'HIGHER_IS_BETTER';
}

/**
 * Every problem of a scheme, each naming the field of the GraphQL input (`input.items.2.targets`),
 * so a scheme is refused as a whole before anything is written.
 */
export function validateScheme(def: SchemeDefinition, field = 'input'): void {
  const codes = new Set<string>();
  def.items.forEach((item, i) => {
    const at = `${field}.items.${i}`;
    if (!/^[A-Za-z0-9_-]{1,16}$/.test(item.code))
      throw badInput(`${at}.code`, `item code "${item.code}" must be 1–16 letters, digits, - or _`, 'itemCodeFormat', { code: item.code });
    if (codes.has(item.code)) throw badInput(`${at}.code`, `item code ${item.code} is used twice`, 'itemCodeTwice', { code: item.code });
    codes.add(item.code);
    if (!(item.points > 0)) throw badInput(`${at}.points`, `${item.code}: points must be positive`, 'pointsNotPositive', { itemCode: item.code });
    if (item.kind === 'QUANTITATIVE' && (!item.indicator || !INDICATOR_KEYS.includes(item.indicator))) {
      throw badInput(`${at}.indicator`, `${item.code}: a quantitative item needs an indicator`, 'itemNeedsIndicator', { itemCode: item.code });
    }
    if (TARGETED_KINDS.includes(item.kind)) {
      if (!item.targets)
        throw badInput(`${at}.targets`, `${item.code}: targets for categories A, B and C are required`, 'itemNeedsTargets', { itemCode: item.code });
      for (const category of Object.values(VillageCategory)) {
        const t = item.targets[category];
        if (!t) throw badInput(`${at}.targets`, `${item.code}: no target for category ${category}`, 'noTargetForCategory', { itemCode: item.code, category });
        checkLinear({ ...item, direction: directionOf(item) }, t, `${at}.targets.${category}`);
      }
    }
  });
  const regular = def.items.filter(isRegularItem).reduce((sum, item) => sum + item.points, 0);
  if (Math.abs(regular - 100) > 1e-9)
    throw badInput(`${field}.items`, `the points of the regular items must add up to 100, they add up to ${round2(regular)}`, 'pointsNotHundred', {
      total: round2(regular),
    });
  def.overrides.forEach((o, i) => {
    const item = def.items.find((it) => it.code === o.itemCode);
    if (!item || !TARGETED_KINDS.includes(item.kind))
      throw badInput(`${field}.overrides.${i}.itemCode`, `no targeted item ${o.itemCode} in the scheme`, 'noTargetedItem', { itemCode: o.itemCode });
    checkLinear({ ...item, direction: directionOf(item) }, o, `${field}.overrides.${i}`);
    if (!o.reason.trim()) throw badInput(`${field}.overrides.${i}.reason`, 'an override needs a reason (因村制宜)', 'overrideNeedsReason');
  });
  const { excellent, good, pass } = def.thresholds;
  if (!(excellent > good && good > pass && pass > 0 && excellent <= 100))
    throw badInput(`${field}.thresholds`, 'thresholds must satisfy 100 ≥ excellent > good > pass > 0', 'thresholdsOrder');
  const scale = def.qualitativeScale;
  if (!(scale.A <= 1 && scale.A >= scale.B && scale.B >= scale.C && scale.C >= scale.D && scale.D >= 0)) {
    throw badInput(`${field}.qualitativeScale`, 'grade shares must fall from A to D within 0–1', 'gradeSharesOrder');
  }
  if (!(def.routineWeight >= 0 && def.routineWeight <= 1))
    throw badInput(`${field}.routineWeight`, 'routineWeight must be between 0 and 1', 'routineWeightRange');
  const standIn = def.publicEvaluationStandIn;
  if (!(standIn.share >= 0 && standIn.share <= 1) || !standIn.text.trim())
    throw badInput(`${field}.publicEvaluationStandIn`, 'the stand-in needs a share between 0 and 1 and its wording', 'standInIncomplete');
  const lag = def.lagging;
  if (![lag.bottomN, lag.consecutive, lag.exitAfter].every((n) => Number.isInteger(n) && n >= 0) || lag.consecutive < 1 || lag.exitAfter < 1) {
    throw badInput(`${field}.lagging`, 'lagging rules need whole numbers: bottomN ≥ 0, consecutive ≥ 1, exitAfter ≥ 1', 'laggingRules');
  }
  const kinds = new Set<string>();
  def.vetoRules.forEach((rule, i) => {
    if (kinds.has(rule.kind)) throw badInput(`${field}.vetoRules.${i}.kind`, `veto rule ${rule.kind} is listed twice`, 'vetoRuleTwice');
    kinds.add(rule.kind);
    if (!rule.trigger.trim()) throw badInput(`${field}.vetoRules.${i}.trigger`, 'a veto rule must state its trigger', 'vetoNeedsTrigger');
  });
}

function checkLinear(item: AssessmentItem, t: LinearTarget, at: string) {
  if (![t.target, t.zeroAt].every(Number.isFinite))
    throw badInput(at, `${item.code}: target and zeroAt must be numbers`, 'targetNotNumber', { itemCode: item.code });
  const above = directionOf(item) === 'LOWER_IS_BETTER';
  const ok = above ? t.zeroAt > t.target : t.zeroAt < t.target;
  if (!ok)
    throw badInput(
      at,
      `${item.code}: zeroAt (${t.zeroAt}) must be ${above ? 'above' : 'below'} the target (${t.target})`,
      above ? 'zeroAtNotAbove' : 'zeroAtNotBelow',
      { itemCode: item.code, zeroAt: t.zeroAt, target: t.target },
    );
}

// ---------------------------------------------------------------------------------------------
// Periods: quarters (`2026-Q3`) for routine results and rankings, years (`2026`) for the annual result.

const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;
export const isAssessmentPeriod = (period: string) => PERIOD.test(period);

export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}

/** First and last month (`YYYY-MM`) of a period. */
export function periodMonths(period: string): { from: string; to: string } {
  const match = PERIOD.exec(period);
  if (!match) throw badInput('period', `period must look like 2026-Q3 or 2026, got "${period}"`, 'invalidPeriod');
  const year = match[1];
  if (!match[2]) return { from: `${year}-01`, to: `${year}-12` };
  const first = (Number(match[2]) - 1) * 3 + 1;
  const pad = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + 2)}` };
}

/** The period before: the previous quarter, or the previous year. */
export function previousPeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) throw badInput('period', `period must look like 2026-Q3 or 2026, got "${period}"`, 'invalidPeriod');
  const year = Number(match[1]);
  if (!match[2]) return String(year - 1);
  const quarter = Number(match[2]);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

export function quarterOf(month: string): string {
  if (!isMonth(month)) throw badInput('month', `month must look like 2026-11, got "${month}"`, 'invalidMonth');
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The periods of a year: four quarters, then the year. */
export const periodsOfYear = (year: number) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`).concat(String(year));

/** Rewards and penalties are paid at the latest by the end of February of the next year. */
export function rewardDueDate(year: number): string {
  const leap = (year + 1) % 4 === 0 && ((year + 1) % 100 !== 0 || (year + 1) % 400 === 0);
  return `${year + 1}-02-${leap ? 29 : 28}`;
}

export function rewardStatus(dueOn: string, paidOn: string | null, today: string): RewardStatus {
  if (paidOn) return 'PAID';
  return today > dueOn ? 'OVERDUE' : 'DUE';
}

// ---------------------------------------------------------------------------------------------
// Scoring one village for one period

export const round2 = (x: number) => Math.round(x * 100) / 100;
/** Numbers as an inspector reads them out: at most two decimals, no trailing zeros. */
export const fmt = (x: number) => String(round2(x));

/** Share of the points earned on the linear rule. */
export function linearShare(value: number, t: LinearTarget, direction: ScoreDirection): number {
  if (direction === 'LOWER_IS_BETTER') {
    if (value <= t.target) return 1;
    if (value >= t.zeroAt) return 0;
    return (t.zeroAt - value) / (t.zeroAt - t.target);
  }
  if (value >= t.target) return 1;
  if (value <= t.zeroAt) return 0;
  return (value - t.zeroAt) / (t.target - t.zeroAt);
}

export interface IndicatorReading {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface GradeReading {
  grade: QualitativeGrade;
  reason: string;
  round: string;
}

export interface VetoEvidence {
  kind: VetoKind;
  occurredOn: string;
  summary: string;
  /** Where it came from, e.g. `veto_event:12` or `complaint:345`; an upheld appeal sets a key aside. */
  source: string;
}

export interface SatisfactionReading {
  rate: number | null;
  satisfied: number;
  valid: number;
  low: number | null;
  high: number | null;
  /** False when too few households answered for the rate to be compared (the stand-in is used). */
  rankable?: boolean;
}

/** Everything known about one village for one period, gathered in bulk by the API. */
export interface VillageScoreInput {
  villageId: number;
  category: VillageCategory | null;
  /** From the village's reported statistics over the period. */
  reported: Partial<Record<IndicatorKey, IndicatorReading>>;
  /** Values verified by a spot check in the period, by item code. */
  verified: Record<string, { value: number; reported: number | null; round: string }>;
  routineGrades: Record<string, GradeReading[]>;
  spotGrades: Record<string, GradeReading>;
  /** Discrepancy % between reported and verified values; null when not sampled. */
  discrepancyRate: number | null;
  satisfaction: SatisfactionReading | null;
  adjustments: Record<string, { points: number; reason: string }[]>;
  vetoes: VetoEvidence[];
  gradeOverride?: { grade: AssessmentGrade; reason: string } | null;
}

export type ItemSource = 'REPORTED' | 'VERIFIED' | 'GRADED' | 'SURVEY' | 'STAND_IN' | 'SAMPLED' | 'MISSING' | 'RECORDED';

/**
 * The points of one item, with every input behind them. This is what is stored: the words (rule
 * and explanation) are generated from it and the scheme version by `explainItem`, so a recompute
 * writes numbers, not prose.
 */
export interface ItemScore {
  code: string;
  points: number;
  maxPoints: number;
  /** The measured value the rule was applied to (rate %, discrepancy %, grade share %); null when missing. */
  value: number | null;
  /** Points from routine data and from sampling, where both exist. */
  routinePoints: number;
  spotPoints: number | null;
  source: ItemSource;
  /** The structured inputs: figures, targets, the category or override used, weights. */
  inputs: Record<string, number | string | null>;
  /** What inspectors recorded that the points rest on: grades with their reasons, bonus and deduction entries. */
  notes: string[];
}

export interface CombinationScore {
  pair: CombinationPair;
  leftPoints: number;
  leftMax: number;
  rightPoints: number;
  rightMax: number;
}

export interface VillageScore {
  total: number;
  grade: AssessmentGrade;
  vetoed: boolean;
  vetoes: VetoEvidence[];
  items: ItemScore[];
  combinations: CombinationScore[];
  explanation: string;
}

function targetFor(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput) {
  const override = def.overrides.find((o) => o.villageId === input.villageId && o.itemCode === item.code);
  const t = override ?? item.targets![input.category ?? 'B'];
  return { t, inputs: { target: t.target, zeroAt: t.zeroAt, category: input.category ?? 'B', override: override?.reason ?? null } };
}

const missingPoints = (item: AssessmentItem) => (item.missing === 'FULL' ? item.points : 0);

const base = (item: AssessmentItem) => ({ code: item.code, maxPoints: item.points, notes: [] as string[] });

function scoreQuantitative(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput): ItemScore {
  const { t, inputs: target } = targetFor(def, item, input);
  const reading = input.reported[item.indicator!];
  const inputs: ItemScore['inputs'] = {
    numerator: reading?.numerator ?? null,
    denominator: reading?.denominator ?? null,
    reported: reading?.value ?? null,
    ...target,
  };
  if (reading?.value == null) {
    const points = missingPoints(item);
    return { ...base(item), points, value: null, routinePoints: points, spotPoints: null, source: 'MISSING', inputs };
  }
  const routinePoints = round2(item.points * linearShare(reading.value, t, directionOf(item)));
  const verified = input.verified[item.code];
  if (!verified) return { ...base(item), points: routinePoints, value: reading.value, routinePoints, spotPoints: null, source: 'REPORTED', inputs };
  const spotPoints = round2(item.points * linearShare(verified.value, t, directionOf(item)));
  const points = round2(def.routineWeight * routinePoints + (1 - def.routineWeight) * spotPoints);
  return {
    ...base(item),
    points,
    value: verified.value,
    routinePoints,
    spotPoints,
    source: 'VERIFIED',
    inputs: { ...inputs, verified: verified.value, round: verified.round, routineWeight: def.routineWeight },
  };
}

function scoreQualitative(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput): ItemScore {
  const scale = def.qualitativeScale;
  const routine = input.routineGrades[item.code] ?? [];
  const spot = input.spotGrades[item.code];
  const notes = [...routine, ...(spot ? [spot] : [])].map((g) => `${g.round}评为${g.grade}（${g.reason}）`);
  if (!routine.length && !spot) {
    const points = missingPoints(item);
    return { ...base(item), points, value: null, routinePoints: points, spotPoints: null, source: 'MISSING', inputs: { grades: null } };
  }
  const routinePoints = routine.length ? round2((item.points * routine.reduce((sum, g) => sum + scale[g.grade], 0)) / routine.length) : null;
  const spotPoints = spot ? round2(item.points * scale[spot.grade]) : null;
  const both = routinePoints != null && spotPoints != null;
  const points = both ? round2(def.routineWeight * routinePoints + (1 - def.routineWeight) * spotPoints) : (routinePoints ?? spotPoints)!;
  return {
    ...base(item),
    notes,
    points,
    value: round2((points / item.points) * 100),
    routinePoints: routinePoints ?? 0,
    spotPoints,
    source: 'GRADED',
    inputs: { grades: routine.map((g) => g.grade).join(','), spotGrade: spot?.grade ?? null, routineWeight: both ? def.routineWeight : null },
  };
}

function scorePublicEvaluation(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput): ItemScore {
  const { t, inputs: target } = targetFor(def, item, input);
  const s = input.satisfaction;
  if (!s || s.rate == null || s.rankable === false) {
    const points = round2(item.points * def.publicEvaluationStandIn.share);
    return {
      ...base(item),
      points,
      value: null,
      routinePoints: points,
      spotPoints: null,
      source: 'STAND_IN',
      inputs: { standInShare: def.publicEvaluationStandIn.share, valid: s?.rate != null ? s.valid : null },
    };
  }
  const rate = round2(s.rate * 100);
  const points = round2(item.points * linearShare(rate, t, 'HIGHER_IS_BETTER'));
  return {
    ...base(item),
    points,
    value: rate,
    routinePoints: points,
    spotPoints: null,
    source: 'SURVEY',
    inputs: { satisfied: s.satisfied, valid: s.valid, rate, low: s.low, high: s.high, ...target },
  };
}

function scoreDataQuality(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput): ItemScore {
  const { t, inputs: target } = targetFor(def, item, input);
  if (input.discrepancyRate == null) {
    const points = missingPoints(item);
    return { ...base(item), points, value: null, routinePoints: 0, spotPoints: points, source: 'MISSING', inputs: { discrepancyRate: null } };
  }
  const points = round2(item.points * linearShare(input.discrepancyRate, t, 'LOWER_IS_BETTER'));
  return {
    ...base(item),
    points,
    value: round2(input.discrepancyRate),
    routinePoints: 0,
    spotPoints: points,
    source: 'SAMPLED',
    inputs: { discrepancyRate: round2(input.discrepancyRate), ...target },
  };
}

function scoreAdjustment(item: AssessmentItem, input: VillageScoreInput): ItemScore {
  const entries = input.adjustments[item.code] ?? [];
  const word = item.kind === 'BONUS' ? '加' : '扣';
  const raw = round2(entries.reduce((sum, e) => sum + Math.abs(e.points), 0));
  const points = round2((item.kind === 'BONUS' ? 1 : -1) * Math.min(raw, item.points));
  return {
    ...base(item),
    notes: entries.map((e) => `${e.reason}${word}${fmt(Math.abs(e.points))}分`),
    points,
    value: raw,
    routinePoints: points,
    spotPoints: null,
    source: 'RECORDED',
    inputs: { entries: entries.length, recorded: raw },
  };
}

function scoreItem(def: SchemeDefinition, item: AssessmentItem, input: VillageScoreInput): ItemScore {
  switch (item.kind) {
    case 'QUANTITATIVE':
      return scoreQuantitative(def, item, input);
    case 'QUALITATIVE':
      return scoreQualitative(def, item, input);
    case 'PUBLIC_EVALUATION':
      return scorePublicEvaluation(def, item, input);
    case 'DATA_QUALITY':
      return scoreDataQuality(def, item, input);
    default:
      return scoreAdjustment(item, input);
  }
}

export function gradeFor(total: number, thresholds: SchemeDefinition['thresholds']): AssessmentGrade {
  if (total >= thresholds.excellent) return 'EXCELLENT';
  if (total >= thresholds.good) return 'GOOD';
  if (total >= thresholds.pass) return 'PASS';
  return 'FAIL';
}

/** Splits the regular items' points into the two sides of each of the four combinations. */
function combinations(def: SchemeDefinition, items: ItemScore[]): CombinationScore[] {
  const kinds = new Map(def.items.map((i) => [i.code, i]));
  const kindOf = (s: ItemScore) => kinds.get(s.code)!.kind;
  const regular = items.filter((s) => isRegularItem(kinds.get(s.code)!));
  const sum = (list: ItemScore[], pick: (s: ItemScore) => number) => round2(list.reduce((total, s) => total + pick(s), 0));
  const split = (pair: CombinationPair, isLeft: (s: ItemScore) => boolean): CombinationScore => {
    const left = regular.filter(isLeft);
    const right = regular.filter((s) => !isLeft(s));
    return {
      pair,
      leftPoints: sum(left, (s) => s.points),
      leftMax: sum(left, (s) => s.maxPoints),
      rightPoints: sum(right, (s) => s.points),
      rightMax: sum(right, (s) => s.maxPoints),
    };
  };
  // Routine with sampling weighs each item's two parts, so it is not a split of whole items.
  const w = def.routineWeight;
  const routineShare = (s: ItemScore) => (kindOf(s) === 'DATA_QUALITY' ? 0 : s.spotPoints != null ? w : 1);
  const routinePart = (s: ItemScore) => (kindOf(s) === 'DATA_QUALITY' ? 0 : s.spotPoints != null ? w * s.routinePoints : s.points);
  return [
    split('QUALITATIVE_QUANTITATIVE', (s) => kindOf(s) === 'QUALITATIVE'),
    {
      pair: 'ROUTINE_SAMPLING',
      leftPoints: sum(regular, routinePart),
      leftMax: sum(regular, (s) => routineShare(s) * s.maxPoints),
      rightPoints: sum(regular, (s) => s.points - routinePart(s)),
      rightMax: sum(regular, (s) => (1 - routineShare(s)) * s.maxPoints),
    },
    split('SINGLE_COMPREHENSIVE', (s) => !kinds.get(s.code)!.comprehensive),
    split('OVERALL_PUBLIC', (s) => kindOf(s) !== 'PUBLIC_EVALUATION'),
  ];
}

/**
 * Scores one village for one period under a scheme: every item with its inputs, the four
 * combinations, the total, the grade and the veto. A veto (under a rule the scheme lists) makes
 * the village 不合格 whatever its points; an upheld grade appeal replaces the grade and says so.
 */
export function scoreVillage(def: SchemeDefinition, input: VillageScoreInput): VillageScore {
  const items = def.items.map((item) => scoreItem(def, item, input));
  const total = round2(
    Math.max(
      0,
      items.reduce((sum, s) => sum + s.points, 0),
    ),
  );
  const vetoKinds = new Set(def.vetoRules.map((r) => r.kind));
  const vetoes = input.vetoes.filter((v) => vetoKinds.has(v.kind));
  const vetoed = vetoes.length > 0;
  const byPoints = gradeFor(total, def.thresholds);
  let grade = vetoed ? 'FAIL' : byPoints;
  let explanation = `总分${fmt(total)}分（各项得分相加），按优秀≥${def.thresholds.excellent}、良好≥${def.thresholds.good}、合格≥${def.thresholds.pass}评为${ASSESSMENT_GRADE_LABELS[byPoints]['zh-CN']}`;
  if (vetoed)
    explanation += `；因${vetoes.map((v) => `${VETO_KIND_LABELS[v.kind]['zh-CN']}（${v.occurredOn}，${v.summary}）`).join('、')}被一票否决，定为不合格`;
  if (input.gradeOverride) {
    grade = input.gradeOverride.grade;
    explanation += `；经申诉，领导裁定改为${ASSESSMENT_GRADE_LABELS[grade]['zh-CN']}（${input.gradeOverride.reason}）`;
  }
  return { total, grade, vetoed, vetoes, items, combinations: combinations(def, items), explanation: `${explanation}。` };
}

// ---------------------------------------------------------------------------------------------
// Lagging villages (治理类)

export interface PeriodStanding {
  period: string;
  vetoed: boolean;
  grade: AssessmentGrade;
  townshipRank: number;
  townshipSize: number;
}

export interface LaggingSpell {
  enteredPeriod: string;
  reasons: LaggingReason[];
  /** Null while the village is still on the list. */
  exitedPeriod: string | null;
}

/** Why a period puts a village below the line (empty when it is above it). */
export function belowTheLine(s: PeriodStanding, rules: SchemeDefinition['lagging']): LaggingReason[] {
  const reasons: LaggingReason[] = [];
  if (s.vetoed) reasons.push('VETOED');
  if (s.grade === 'FAIL' && !s.vetoed) reasons.push('FAILED');
  if (rules.bottomN > 0 && s.townshipRank > s.townshipSize - rules.bottomN) reasons.push('BOTTOM');
  return reasons;
}

/**
 * Replays a village's quarterly standings (oldest first) through the scheme's rules: a veto or a
 * fail puts it on the list at once; the bottom N of its township only after `consecutive`
 * quarters in a row; it leaves after `exitAfter` quarters in a row above the line. A gap in the
 * quarters breaks a run.
 */
export function laggingSpells(history: readonly PeriodStanding[], rules: SchemeDefinition['lagging']): LaggingSpell[] {
  const spells: LaggingSpell[] = [];
  let open: LaggingSpell | null = null;
  let bottomRun = 0;
  let cleanRun = 0;
  let previous: string | null = null;
  for (const standing of history) {
    if (previous && previousPeriod(standing.period) !== previous) {
      bottomRun = 0;
      cleanRun = 0;
    }
    previous = standing.period;
    const reasons = belowTheLine(standing, rules);
    bottomRun = reasons.includes('BOTTOM') ? bottomRun + 1 : 0;
    cleanRun = reasons.length ? 0 : cleanRun + 1;
    if (open) {
      if (cleanRun >= rules.exitAfter) {
        open.exitedPeriod = standing.period;
        open = null;
      }
      continue;
    }
    const entering = reasons.filter((r) => r !== 'BOTTOM' || bottomRun >= rules.consecutive);
    if (entering.length) {
      open = { enteredPeriod: standing.period, reasons: entering, exitedPeriod: null };
      spells.push(open);
    }
  }
  return spells;
}
