import { addMonths, AgendaItemKind, AgendaSection, CATEGORY_DEPARTMENT, COMPLAINT_CATEGORY_LABELS, DEPARTMENT_COMPLAINT_MIN, DEPARTMENT_LABELS, FEE_COLLECTION_ALERT, IndicatorKey } from '@township/shared';
import { lastDay } from '../../assessments/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { fmt, monthLabel } from './format.js';

/**
 * Matters that need a department (齐抓共管), proposed for coordination with it: a complaint category
 * with at least DEPARTMENT_COMPLAINT_MIN complaints in the month goes to its department
 * (CATEGORY_DEPARTMENT: floating population → public security…), and a fee collection rate below
 * FEE_COLLECTION_ALERT goes to the department that helps collect maintenance fees.
 */
export async function departmentItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const [brief, summary] = await Promise.all([ctx.complaintBrief(), ctx.townshipIndicatorsOf(ctx.month)]);
  const { month, township } = ctx;
  const items: ProposedAgendaItemType[] = [];
  const departmentName = async (code: string) => (await ctx.department(code))?.name ?? `${township.name}${DEPARTMENT_LABELS[code as keyof typeof DEPARTMENT_LABELS]['zh-CN']}`;

  for (const topic of brief.topics.topics) {
    const code = CATEGORY_DEPARTMENT[topic.category];
    if (!code || topic.count < DEPARTMENT_COMPLAINT_MIN) continue;
    const department = await ctx.department(code);
    const label = COMPLAINT_CATEGORY_LABELS[topic.category]['zh-CN'];
    items.push({
      ruleKey: `${AgendaItemKind.DepartmentCoordination}:${code}:${topic.category}`, section: AgendaSection.Coordination, kind: AgendaItemKind.DepartmentCoordination,
      title: `提请${await departmentName(code)}协调：${label}问题`,
      summary: `${monthLabel(month)}${label}类信访 ${topic.count} 件（去年同期 ${topic.lastYearCount} 件），涉及部门职责，建议由${await departmentName(code)}牵头协调解决。`,
      evidence: [evidence(`${label}类信访件数`, {
        value: topic.count, unit: '件', lastYear: topic.lastYearCount, previousValue: topic.baseline, previousPeriod: `${brief.topics.baselineFrom}~${brief.topics.baselineTo}（月均）`,
        orgUnitId: township.id, period: month, link: `/complaints/list?unit=${township.id}&category=${topic.category}&from=${month}-01&to=${lastDay(month)}`,
      })],
      proposedDepartmentId: department?.id ?? null, actionItemId: null,
    });
  }

  const fee = summary?.values.find((v) => v.key === IndicatorKey.FeeCollectionRate);
  if (fee?.value != null && fee.value < FEE_COLLECTION_ALERT) {
    const code = CATEGORY_DEPARTMENT.MAINTENANCE_FEE!;
    const department = await ctx.department(code);
    items.push({
      ruleKey: `${AgendaItemKind.DepartmentCoordination}:${code}:FEE_COLLECTION_RATE`, section: AgendaSection.Coordination, kind: AgendaItemKind.DepartmentCoordination,
      title: `提请${await departmentName(code)}协助征收社会抚养费（征收率 ${fmt(fee.value, '%')}）`,
      summary: `${monthLabel(month)}社会抚养费应征 ${fee.denominator} 元、实征 ${fee.numerator} 元，征收率 ${fmt(fee.value, '%')}，低于 ${FEE_COLLECTION_ALERT}%；建议协调有关部门协助对个体工商户等征收对象依法征收。`,
      evidence: [evidence(`社会抚养费征收率（${township.name}）`, {
        value: fee.value, unit: '%', numerator: fee.numerator, denominator: fee.denominator,
        lastMonth: (await ctx.townshipIndicatorsOf(addMonths(month, -1)))?.values.find((v) => v.key === IndicatorKey.FeeCollectionRate)?.value ?? null,
        orgUnitId: township.id, period: month, link: `/villages?township=${township.id}`,
      })],
      proposedDepartmentId: department?.id ?? null, actionItemId: null,
    });
  }
  return items;
}

