import { AgendaItemKind, AgendaSection, DEADLINE_HORIZON_DAYS } from '@township/shared';
import { lastDay } from '../../assessments/index.js';
import { openHelpTargets } from '../../evaluations/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';

/** `date` plus `days`, 'YYYY-MM-DD'. */
export const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Help targets of the democratic evaluation (重点帮促对象) not yet rectified whose deadline has
 * passed or falls within DEADLINE_HORIZON_DAYS after the month: their follow-up is deployed.
 */
export async function helpTargetItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const until = plusDays(lastDay(ctx.month), DEADLINE_HORIZON_DAYS);
  const targets = await openHelpTargets(ctx.em, ctx.township.path, until);
  if (!targets.length) return [];
  const late = targets.filter((t) => t.deadline < ctx.today);
  return [
    {
      ruleKey: `${AgendaItemKind.HelpTargetDeadline}:${ctx.month}`,
      section: AgendaSection.Deployment,
      kind: AgendaItemKind.HelpTargetDeadline,
      title: `帮促对象限期整改：${targets.length} 人${late.length ? `（${late.length} 人已逾期）` : ''}`,
      summary:
        targets
          .map((t) => `${t.cadreName}（${t.roundName}，差票 ${t.badVotes} 张，整改期限 ${t.deadline}${t.deadline < ctx.today ? '，已逾期' : ''}）`)
          .join('；') + '。请帮促责任人汇报整改进展。',
      evidence: targets.map((t) =>
        evidence(`${t.cadreName} 差票`, {
          value: t.badVotes,
          unit: '张',
          text: `整改期限 ${t.deadline}`,
          link: `/surveys/evaluations?round=${t.roundId}`,
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    },
  ];
}
