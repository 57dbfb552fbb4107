import {
  addMonths,
  AgendaItemKind,
  AgendaSection,
  CATEGORY_DEPARTMENT,
  COMPLAINT_CATEGORY_LABELS,
  DEPARTMENT_COMPLAINT_MIN,
  DEPARTMENT_LABELS,
  FEE_COLLECTION_ALERT,
  IndicatorKey,
} from '@township/shared';
import { lastDay } from '../../assessments/index.js';
import { evidence, type AgendaEvidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { fmt, monthLabel } from './format.js';
import { parallel } from '../../../db/parallel.js';

/** What one department is asked to help with: a sentence and its figures per matter. */
interface Matter {
  subject: string;
  text: string;
  evidence: AgendaEvidence;
}

/**
 * Matters that need a department (齐抓共管), one item per department proposed for coordination with
 * it: a complaint category with at least DEPARTMENT_COMPLAINT_MIN complaints in the last complete
 * month (the complaints brief's figures month) goes to its department (CATEGORY_DEPARTMENT: floating population → public security…), and a fee collection
 * rate below FEE_COLLECTION_ALERT goes to the department that helps collect maintenance fees.
 */
export async function departmentItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const [brief, summary, before] = await parallel(ctx.em, [
    () => ctx.complaintBrief(),
    () => ctx.townshipIndicatorsOf(ctx.month),
    () => ctx.townshipIndicatorsOf(addMonths(ctx.month, -1)),
  ]);
  const { month, township } = ctx;
  const { figuresMonth } = brief;
  const matters = new Map<string, Matter[]>();
  const add = (code: string, matter: Matter) => matters.set(code, [...(matters.get(code) ?? []), matter]);

  for (const topic of brief.topics.topics) {
    const code = CATEGORY_DEPARTMENT[topic.category];
    if (!code || topic.count < DEPARTMENT_COMPLAINT_MIN) continue;
    const label = COMPLAINT_CATEGORY_LABELS[topic.category]['zh-CN'];
    add(code, {
      subject: `${label}问题`,
      text: `${monthLabel(figuresMonth)}${label}类信访 ${topic.count} 件（去年同期 ${topic.lastYearCount} 件）`,
      evidence: evidence(`${label}类信访件数`, {
        value: topic.count,
        unit: '件',
        lastYear: topic.lastYearCount,
        previousValue: topic.baseline,
        previousPeriod: `${brief.topics.baselineFrom}~${brief.topics.baselineTo}（月均）`,
        orgUnitId: township.id,
        period: figuresMonth,
        link: `/complaints/list?unit=${township.id}&category=${topic.category}&from=${figuresMonth}-01&to=${lastDay(figuresMonth)}`,
      }),
    });
  }

  const fee = summary?.values.find((v) => v.key === IndicatorKey.FeeCollectionRate);
  if (fee?.value != null && fee.value < FEE_COLLECTION_ALERT) {
    add(CATEGORY_DEPARTMENT.MAINTENANCE_FEE!, {
      subject: `协助征收社会抚养费（征收率 ${fmt(fee.value, '%')}）`,
      text: `社会抚养费应征 ${fee.denominator} 元、实征 ${fee.numerator} 元，征收率 ${fmt(fee.value, '%')}，低于 ${FEE_COLLECTION_ALERT}%`,
      evidence: evidence(`社会抚养费征收率（${township.name}）`, {
        value: fee.value,
        unit: '%',
        numerator: fee.numerator,
        denominator: fee.denominator,
        lastMonth: before?.values.find((v) => v.key === IndicatorKey.FeeCollectionRate)?.value ?? null,
        orgUnitId: township.id,
        period: month,
        link: `/villages?township=${township.id}`,
      }),
    });
  }

  return Promise.all(
    [...matters].map(async ([code, list]) => {
      const department = await ctx.department(code);
      const name = department?.name ?? `${township.name}${DEPARTMENT_LABELS[code as keyof typeof DEPARTMENT_LABELS]['zh-CN']}`;
      return {
        ruleKey: `${AgendaItemKind.DepartmentCoordination}:${code}`,
        section: AgendaSection.Coordination,
        kind: AgendaItemKind.DepartmentCoordination,
        title: `提请${name}协调：${list.map((m) => m.subject).join('；')}`,
        summary: `${list.map((m) => m.text).join('；')}。涉及部门职责，建议由${name}牵头协调解决。`,
        evidence: list.map((m) => m.evidence),
        proposedDepartmentId: department?.id ?? null,
        actionItemId: null,
      };
    }),
  );
}
