import { directionOf, fmt, type AssessmentItem, type ItemScore, type SchemeDefinition } from './assessments.js';
import { INDICATORS } from './indicators.js';
import { INDICATOR_LABELS } from './labels.js';

/** An item's points with the words an inspector reads out at a meeting, generated from the scheme version and the stored inputs. */
export interface ExplainedItem extends ItemScore {
  name: string;
  category: string;
  kind: AssessmentItem['kind'];
  rule: string;
  explanation: string;
}

const unitOf = (item: AssessmentItem) =>
  item.kind === 'QUANTITATIVE' ? (INDICATORS[item.indicator!].unit === 'ratio' ? '' : INDICATORS[item.indicator!].unit) : '%';
const n = (x: number | string | null | undefined) => fmt(Number(x));

function linearRule(item: AssessmentItem, s: ItemScore, what = ''): string {
  const i = s.inputs;
  const who = i.override ? `本村单列目标（${i.override}）` : `${i.category ?? 'B'}类村目标`;
  const lower = directionOf(item) === 'LOWER_IS_BETTER';
  const unit = unitOf(item);
  return `${who}：${what}${lower ? '≤' : '≥'}${n(i.target)}${unit}得满分${item.points}分，${lower ? '≥' : '≤'}${n(i.zeroAt)}${unit}不得分，其间按线性折算`;
}

function ruleOf(def: SchemeDefinition, item: AssessmentItem, s: ItemScore): string {
  switch (item.kind) {
    case 'QUALITATIVE':
      return `定性评定：A、B、C、D分别得满分${item.points}分的${(['A', 'B', 'C', 'D'] as const).map((g) => `${fmt(def.qualitativeScale[g] * 100)}%`).join('、')}`;
    case 'BONUS':
    case 'DEDUCTION':
      return `据实${item.kind === 'BONUS' ? '加' : '扣'}分，最多${item.kind === 'BONUS' ? '加' : '扣'}${item.points}分`;
    case 'DATA_QUALITY':
      return s.inputs.target == null ? '瞒漏错报差错率按抽查核实结果计分' : linearRule(item, s, '瞒漏错报差错率');
    case 'PUBLIC_EVALUATION':
      return s.inputs.target == null ? def.publicEvaluationStandIn.text : linearRule(item, s, '满意率');
    default:
      return s.inputs.target == null ? '' : linearRule(item, s);
  }
}

const missingText = (item: AssessmentItem) => (item.missing === 'FULL' ? `按满分${item.points}分计` : '不得分');
const weights = (w: number) => `平时${fmt(w * 100)}%、抽样${fmt((1 - w) * 100)}%`;

function explanationOf(def: SchemeDefinition, item: AssessmentItem, s: ItemScore, rule: string): string {
  const i = s.inputs;
  const name = item.name;
  if (item.kind === 'QUANTITATIVE') {
    const label = INDICATOR_LABELS[item.indicator!]['zh-CN'];
    if (s.source === 'MISSING') return `${name}：本期${label}无数据（分母为0），${missingText(item)}。`;
    const reported = `${name}：上报${label}${n(i.reported)}${unitOf(item)}（${n(i.numerator)}/${n(i.denominator)}×${INDICATORS[item.indicator!].factor}）`;
    if (s.source === 'REPORTED') return `${reported}；${rule}；得${fmt(s.points)}分。`;
    return `${reported}，平时考核得${fmt(s.routinePoints)}分；${i.round}核实为${n(i.verified)}${unitOf(item)}，抽样得${fmt(s.spotPoints ?? 0)}分；${rule}；按${weights(Number(i.routineWeight))}合计${fmt(s.points)}分。`;
  }
  if (item.kind === 'QUALITATIVE') {
    if (s.source === 'MISSING') return `${name}：本期未评定，${missingText(item)}。`;
    const grades = String(i.grades ?? '')
      .split(',')
      .filter(Boolean);
    const how =
      i.routineWeight != null
        ? `平时${fmt(s.routinePoints)}分与抽样${fmt(s.spotPoints ?? 0)}分按${weights(Number(i.routineWeight))}`
        : grades.length > 1
          ? `${grades.length}次平时评定平均`
          : '按评定等级';
    return `${name}：${s.notes.join('；')}；${how}，得${fmt(s.points)}分。`;
  }
  if (item.kind === 'PUBLIC_EVALUATION') {
    if (s.source === 'STAND_IN')
      return `${name}：${i.valid != null ? `问卷有效样本不足（${i.valid}份）` : '本期尚无满意度调查'}，${def.publicEvaluationStandIn.text}，得${fmt(s.points)}分。`;
    const interval = i.low != null && i.high != null ? `，95%区间${fmt(Number(i.low) * 100)}%–${fmt(Number(i.high) * 100)}%` : '';
    return `${name}：问卷满意率${n(i.rate)}%（满意及基本满意${i.satisfied}/有效${i.valid}${interval}）；${rule}；得${fmt(s.points)}分。`;
  }
  if (item.kind === 'DATA_QUALITY') {
    if (s.source === 'MISSING') return `${name}：本期未被抽中核查，${missingText(item)}。`;
    return `${name}：抽查核实上报数与核实数差错率${n(i.discrepancyRate)}%；${rule}；得${fmt(s.points)}分。`;
  }
  const word = item.kind === 'BONUS' ? '加' : '扣';
  if (!s.notes.length) return `${name}：本期无${word}分事项。`;
  return `${name}：${s.notes.join('；')}${Number(s.value) > item.points ? `，封顶${item.points}分` : ''}，合计${word}${fmt(Math.abs(s.points))}分。`;
}

/** The rule and the explanation of an item's points, in Chinese, from the scheme version that produced them. */
export function explainItem(def: SchemeDefinition, score: ItemScore): ExplainedItem {
  const item = def.items.find((i) => i.code === score.code);
  if (!item) return { ...score, name: score.code, category: '', kind: 'QUANTITATIVE', rule: '', explanation: `${score.code}：${fmt(score.points)}分。` };
  const rule = ruleOf(def, item, score);
  return { ...score, name: item.name, category: item.category, kind: item.kind, rule, explanation: explanationOf(def, item, score, rule) };
}
