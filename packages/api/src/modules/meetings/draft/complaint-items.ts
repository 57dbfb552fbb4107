import { AgendaItemKind, AgendaSection, COMPLAINT_CATEGORY_LABELS } from '@township/shared';
import { lastDay } from '../../assessments/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { fmt, monthLabel } from './format.js';

const HOTSPOTS_SHOWN = 3;
const CASES_SHOWN = 5;
const DAY = 86_400_000;

/**
 * From the complaints brief of the township and month (townshipComplaintBrief, the same figures as
 * the complaint hotspots and list pages): hotspots per 10,000 people and the proposed topic of the
 * month (一月一题), both counted over the last complete month (the brief's figures month, the one
 * before the meeting's), then overdue cases and cases from repeat complainants as of today.
 */
export async function complaintItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const brief = await ctx.complaintBrief();
  const { month, township } = ctx;
  const { figuresMonth } = brief;
  const figuresRange = `from=${figuresMonth}-01&to=${lastDay(figuresMonth)}`;
  const category = (c: string) => COMPLAINT_CATEGORY_LABELS[c as keyof typeof COMPLAINT_CATEGORY_LABELS]['zh-CN'];
  const items: ProposedAgendaItemType[] = [];

  const hotspots = brief.hotspots.slice(0, HOTSPOTS_SHOWN);
  if (hotspots.length) {
    const names = await Promise.all(hotspots.map((h) => ctx.villageName(h.orgUnitId)));
    items.push({
      ruleKey: `${AgendaItemKind.ComplaintHotspots}:${month}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.ComplaintHotspots,
      title: `${monthLabel(figuresMonth)}信访热点：${hotspots.map((h, i) => `${names[i]}·${category(h.category!)}`).join('、')}`,
      summary:
        `${monthLabel(figuresMonth)}受理信访 ${brief.rates.received} 件。热点：` +
        hotspots
          .map(
            (h, i) =>
              `${names[i]}${category(h.category!)} ${h.count} 件（每万人 ${fmt(h.per10k)} 件；上月 ${h.previousCount} 件，去年同期 ${h.lastYearCount} 件）`,
          )
          .join('；') +
        '。',
      evidence: hotspots.map((h, i) =>
        evidence(`${names[i]}·${category(h.category!)}信访件数`, {
          value: h.count,
          unit: '件',
          lastMonth: h.previousCount,
          lastYear: h.lastYearCount,
          numerator: h.count,
          denominator: h.population,
          text: `每万人 ${fmt(h.per10k)} 件`,
          orgUnitId: h.orgUnitId,
          period: figuresMonth,
          link: `/complaints/list?unit=${h.orgUnitId}&category=${h.category}&${figuresRange}`,
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  const topic = brief.topics.proposed;
  if (topic) {
    const where = await Promise.all(topic.topUnits.map(async (u) => `${await ctx.villageName(u.orgUnitId)} ${u.count} 件`));
    items.push({
      ruleKey: `${AgendaItemKind.TopicOfMonth}:${month}:${topic.category}`,
      section: AgendaSection.Deployment,
      kind: AgendaItemKind.TopicOfMonth,
      title: `一月一题建议：${category(topic.category)}`,
      summary:
        `${category(topic.category)}类信访${monthLabel(figuresMonth)} ${topic.count} 件，前几个月月均 ${fmt(topic.baseline)} 件（增长 ${fmt(topic.growth * 100)}%），去年同期 ${topic.lastYearCount} 件` +
        `${where.length ? `；主要来自 ${where.join('、')}` : ''}。建议作为本月专题研究部署。`,
      evidence: [
        evidence(`${category(topic.category)}类信访件数`, {
          value: topic.count,
          unit: '件',
          previousValue: topic.baseline,
          previousPeriod: `${brief.topics.baselineFrom}~${brief.topics.baselineTo}（月均）`,
          lastYear: topic.lastYearCount,
          text: topic.per10k == null ? null : `每万人 ${fmt(topic.per10k)} 件`,
          orgUnitId: township.id,
          period: figuresMonth,
          link: `/complaints/list?unit=${township.id}&category=${topic.category}&${figuresRange}`,
        }),
      ],
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  const today = Date.parse(`${ctx.today}T00:00:00Z`);
  if (brief.overdueCases.length) {
    const shown = brief.overdueCases.slice(0, CASES_SHOWN);
    const names = await Promise.all(shown.map((c) => ctx.villageName(c.villageId)));
    const days = (due: Date) => Math.max(1, Math.ceil((today - due.getTime()) / DAY));
    items.push({
      ruleKey: AgendaItemKind.OverdueComplaints,
      section: AgendaSection.Coordination,
      kind: AgendaItemKind.OverdueComplaints,
      title: `超期未办结信访 ${brief.overdueCases.length}${brief.overdueCases.length >= 20 ? '+' : ''} 件`,
      summary:
        shown
          .map((c, i) => `${names[i]}${category(c.category)}信访（${c.receivedAt.toISOString().slice(0, 10)}受理，超期 ${days(c.replyDueAt)} 天）`)
          .join('；') + '。需协调限期办结。',
      evidence: [
        evidence('超期未办结信访', {
          value: brief.overdueCases.length,
          unit: '件',
          orgUnitId: township.id,
          link: `/complaints/list?unit=${township.id}&overdue=1`,
        }),
        ...shown.map((c, i) =>
          evidence(`${names[i]}·${category(c.category)} 第${c.complaintId}号`, {
            value: days(c.replyDueAt),
            unit: '天（超期）',
            text: `答复期限 ${c.replyDueAt.toISOString().slice(0, 10)}`,
            orgUnitId: c.villageId,
            link: `/complaints/${c.complaintId}`,
          }),
        ),
      ],
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  if (brief.repeatCases.length) {
    const shown = brief.repeatCases.slice(0, CASES_SHOWN);
    const names = await Promise.all(shown.map((c) => ctx.villageName(c.villageId)));
    items.push({
      ruleKey: `${AgendaItemKind.RepeatComplaints}:${month}`,
      section: AgendaSection.Coordination,
      kind: AgendaItemKind.RepeatComplaints,
      title: `重复信访 ${brief.repeatCases.length} 件`,
      summary:
        shown.map((c, i) => `${names[i]}${category(c.category)}信访（同一人累计 ${c.complainantComplaints} 件）`).join('；') +
        '。建议一人一档、一事一议，落实包案化解。',
      evidence: [
        evidence('本月重复信访', {
          value: brief.repeatCases.length,
          unit: '件',
          orgUnitId: township.id,
          period: month,
          link: `/complaints/list?unit=${township.id}&repeat=1&from=${month}-01&to=${lastDay(month)}`,
        }),
        ...shown.map((c, i) =>
          evidence(`${names[i]}·${category(c.category)} 第${c.complaintId}号`, {
            value: c.complainantComplaints,
            unit: '件（同一人）',
            orgUnitId: c.villageId,
            link: c.complainantId == null ? `/complaints/${c.complaintId}` : `/complaints/people/${c.complainantId}`,
          }),
        ),
      ],
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }
  return items;
}
