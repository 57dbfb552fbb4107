import { addMonths, AgendaItemKind, AgendaSection, INDICATOR_LABELS, INDICATORS, IndicatorKey } from '@township/shared';
import { aggregateIndicators, type IndicatorSummaryType, type IndicatorValueType } from '../../statistics/index.js';
import { evidence, type AgendaEvidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { changeText, fmt, indicatorUnit, monthLabel } from './format.js';
import { parallel } from '../../../db/parallel.js';

/** The indicators the meeting looks at every month, in the order it discusses them. */
export const MEETING_INDICATORS: readonly IndicatorKey[] = [
  IndicatorKey.PlannedBirthRate,
  IndicatorKey.SexRatioAtBirth,
  IndicatorKey.HealthCheckRate,
  IndicatorKey.FeeCollectionRate,
];

/** Villages named per indicator: those whose figure moved most against last month. */
const MOVERS = 3;

const valueOf = (summary: IndicatorSummaryType | undefined, key: IndicatorKey): IndicatorValueType | undefined => summary?.values.find((v) => v.key === key);

/**
 * One situation item per key indicator: the township's figure of the month (numerator and
 * denominator) against last month and the same month last year, and the villages that moved most.
 * Figures come from aggregateIndicators, the service behind `indicators` and `Village.indicators`,
 * over single months: the same numbers those pages show for the month. Two statements.
 */
export async function indicatorItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const { month, township } = ctx;
  const lastMonth = addMonths(month, -1);
  const lastYear = addMonths(month, -12);
  const villages = await ctx.villages();
  const [townshipSeries, villageSeries] = await parallel(ctx.em, [
    () => ctx.townshipIndicators(),
    () => aggregateIndicators(ctx.em, ctx.scope, { unitIds: villages.map((v) => v.id), period: { from: lastMonth, to: month }, byMonth: true }),
  ]);
  const at = (m: string) => townshipSeries.find((s) => s.from === m);
  const villageAt = (id: number, m: string) => villageSeries.find((s) => s.orgUnitId === id && s.from === m);
  if (!at(month)) return [];
  return MEETING_INDICATORS.map((key) => {
    const def = INDICATORS[key];
    const label = INDICATOR_LABELS[key]['zh-CN'];
    const now = valueOf(at(month), key)!;
    const before = valueOf(at(lastMonth), key);
    const yearAgo = valueOf(at(lastYear), key);
    const unit = indicatorUnit(now);
    const shownUnit = now.unit === 'ratio' ? '男/百女' : now.unit;
    // A village's monthly figure rests on few cases: only those with a quarter of the indicator's reliability threshold in both months compete.
    const movers = villages
      .map((v) => ({ village: v, now: valueOf(villageAt(v.id, month), key), before: valueOf(villageAt(v.id, lastMonth), key) }))
      .filter(
        (m) => m.now?.value != null && m.before?.value != null && m.now.denominator >= def.minDenominator / 4 && m.before.denominator >= def.minDenominator / 4,
      )
      .map((m) => ({ ...m, change: m.now!.value! - m.before!.value! }))
      .filter((m) => m.change !== 0)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.village.name.localeCompare(b.village.name))
      .slice(0, MOVERS);
    const rows: AgendaEvidence[] = [
      evidence(`${label}（${township.name}）`, {
        value: now.value,
        unit: shownUnit,
        numerator: now.numerator,
        denominator: now.denominator,
        lastMonth: before?.value ?? null,
        lastYear: yearAgo?.value ?? null,
        orgUnitId: township.id,
        period: month,
        link: `/villages?township=${township.id}`,
        text: now.reliable ? null : '分母较小，仅供参考',
      }),
      ...movers.map((m) =>
        evidence(`${label}（${m.village.name}）`, {
          value: m.now!.value,
          unit: shownUnit,
          numerator: m.now!.numerator,
          denominator: m.now!.denominator,
          lastMonth: m.before!.value,
          orgUnitId: m.village.id,
          period: month,
          link: `/villages/${m.village.id}`,
        }),
      ),
    ];
    const change = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? '无可比数据' : changeText(a - b, now.unit));
    const moverText = movers.length
      ? `；变动较大的村：${movers.map((m) => `${m.village.name} ${fmt(m.before!.value, unit)}→${fmt(m.now!.value, unit)}`).join('，')}`
      : '';
    const band =
      def.normalRange && now.value != null && (now.value < def.normalRange[0] || now.value > def.normalRange[1])
        ? `（超出正常范围 ${def.normalRange[0]}–${def.normalRange[1]}）`
        : '';
    return {
      ruleKey: `${AgendaItemKind.IndicatorChange}:${key}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.IndicatorChange,
      title: `${monthLabel(month)}${label}：${fmt(now.value, unit)}${band}`,
      summary: `${township.name}${monthLabel(month)}${label} ${fmt(now.value, unit)}（${now.numerator}/${now.denominator}），比上月 ${change(now.value, before?.value)}，比去年同期 ${change(now.value, yearAgo?.value)}${moverText}。`,
      evidence: rows,
      proposedDepartmentId: null,
      actionItemId: null,
    };
  });
}
