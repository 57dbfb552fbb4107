import { addMonths, AgendaItemKind, AgendaSection, CHECK_KIND_LABELS, DEADLINE_HORIZON_DAYS, rewardDueDate, SurveyStatus } from '@township/shared';
import { everyNode } from '../../../db/page.js';
import { lastDay, listCheckRounds, rewardTotals } from '../../assessments/index.js';
import { visibleCampaigns } from '../../surveys/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { fmt, monthLabel } from './format.js';
import { plusDays } from './help-target-items.js';
import { parallel } from '../../../db/parallel.js';

/**
 * Deadlines coming up: rewards and penalties of a year's results, due by the end of February
 * (from the rewards tracker's totals, this township's villages); survey campaigns under way or
 * starting; check rounds in the month or the next. Each is proposed for task deployment.
 */
export async function deadlineItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const [rewards, campaigns, rounds] = await parallel(ctx.em, [() => rewardItem(ctx), () => campaignItems(ctx), () => checkRoundItems(ctx)]);
  return [...rewards, ...campaigns, ...rounds];
}

async function rewardItem(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const year = Number(ctx.month.slice(0, 4));
  // The results of `year - 1` are due by February of `year`; from November the year's own come next.
  const resultYear = Number(ctx.month.slice(5, 7)) >= 11 ? year : year - 1;
  const due = rewardDueDate(resultYear);
  const totals = await rewardTotals(ctx.em, ctx.scope, resultYear, ctx.township.id);
  const open = totals.filter((t) => t.status !== 'PAID');
  const count = open.reduce((n, t) => n + t.count, 0);
  const overdue = totals.find((t) => t.status === 'OVERDUE')!;
  const horizon = plusDays(lastDay(ctx.month), DEADLINE_HORIZON_DAYS + 90);
  if (!count || (due > horizon && !overdue.count)) return [];
  const amount = (key: 'rewards' | 'penalties') => open.reduce((n, t) => n + t[key], 0);
  return [
    {
      ruleKey: `${AgendaItemKind.RewardDeadline}:${resultYear}`,
      section: AgendaSection.Deployment,
      kind: AgendaItemKind.RewardDeadline,
      title: `${resultYear}年度考核奖惩兑现：${count} 笔待兑现${overdue.count ? `（${overdue.count} 笔已逾期）` : ''}，期限 ${due}`,
      summary: `${resultYear}年度考核结果的奖惩须于 ${due} 前兑现：待兑现奖励 ${fmt(amount('rewards'))} 元、罚款 ${fmt(amount('penalties'))} 元，共 ${count} 笔。请部署按期兑现，不得拖延。`,
      evidence: totals.map((t) =>
        evidence(`奖惩兑现（${t.status === 'PAID' ? '已兑现' : t.status === 'DUE' ? '待兑现' : '逾期未兑现'}）`, {
          value: t.count,
          unit: '笔',
          text: `奖励 ${t.rewards} 元，罚款 ${t.penalties} 元；期限 ${due}`,
          orgUnitId: ctx.township.id,
          period: String(resultYear),
          link: `/assessments?period=${resultYear}`,
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    },
  ];
}

async function campaignItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const end = lastDay(ctx.month);
  const horizon = plusDays(end, DEADLINE_HORIZON_DAYS);
  const campaigns = (await visibleCampaigns(ctx.em, ctx.scope)).filter(
    (c) =>
      (c.status === SurveyStatus.Open && c.startedOn <= horizon && (c.endedOn == null || c.endedOn >= `${ctx.month}-01`)) ||
      (c.startedOn > end && c.startedOn <= horizon),
  );
  return campaigns.map((c) => ({
    ruleKey: `${AgendaItemKind.SurveyCampaign}:${c.id}`,
    section: AgendaSection.Deployment,
    kind: AgendaItemKind.SurveyCampaign,
    title: `${c.startedOn > end ? '即将开展' : '正在开展'}：${c.name}`,
    summary: `${c.name}${c.startedOn > end ? ` 将于 ${c.startedOn} 开始` : ` 自 ${c.startedOn} 起进行中`}${c.endedOn ? `，${c.endedOn} 结束` : ''}。请部署入户调查，群众满意率计入考核。`,
    evidence: [evidence('调查开始日期', { text: c.startedOn, period: String(c.year), link: '/surveys' })],
    proposedDepartmentId: null,
    actionItemId: null,
  }));
}

async function checkRoundItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const year = Number(ctx.month.slice(0, 4));
  const next = addMonths(ctx.month, 1);
  const years = [...new Set([year, Number(next.slice(0, 4))])];
  const roundsOfYear = years.map((y) => () => everyNode((page) => listCheckRounds(ctx.em, ctx.scope, { ...page, year: y })));
  const rounds = (await parallel(ctx.em, roundsOfYear)).flat().filter((r) => {
    const m = String(r.month).slice(0, 7);
    return m === ctx.month || m === next;
  });
  return rounds.map((r) => {
    const m = String(r.month).slice(0, 7);
    return {
      ruleKey: `${AgendaItemKind.CheckRound}:${r.id}`,
      section: AgendaSection.Deployment,
      kind: AgendaItemKind.CheckRound,
      title: `${monthLabel(m)}${CHECK_KIND_LABELS[r.kind]['zh-CN']}：${r.name}`,
      summary: `${r.name}（${CHECK_KIND_LABELS[r.kind]['zh-CN']}）安排在${monthLabel(m)}进行，请各村做好台账和数据核实准备。`,
      evidence: [evidence('检查月份', { text: m, period: m, link: '/assessments' })],
      proposedDepartmentId: null,
      actionItemId: null,
    };
  });
}
