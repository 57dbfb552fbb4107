import { AgendaItemKind } from '@township/shared';
import type { AgendaItem } from './agenda.entity.js';

/** What becomes of a demo action item. */
export enum Fate {
  Done = 'done',
  DoneLate = 'done-late',
  Cancelled = 'cancelled',
  Overdue = 'overdue',
  InProgress = 'in-progress',
  Open = 'open',
}

/**
 * The fates of each history meeting's action items (oldest meeting first): every state appears,
 * the oldest are closed, one of three months ago is overdue and still open, and last month's
 * first item is left open so it carries into this month's agenda.
 */
export const FATES: Fate[][] = [
  [Fate.Done, Fate.Done],
  [Fate.Done, Fate.Cancelled],
  [Fate.Done, Fate.DoneLate, Fate.Done],
  [Fate.Done, Fate.Overdue],
  [Fate.Done, Fate.InProgress],
  [Fate.Open, Fate.InProgress, Fate.Done],
];

export type Owner = 'office' | 'deputy' | 'stationed' | 'department';

/** What the meeting decides on an item of a given kind, and who owns the action. */
export function decisionTemplate(item: Pick<AgendaItem, 'kind' | 'title'>): { decision: string; action: string; owner: Owner } | null {
  const subject = item.title.replace(/^[^：]*：/, '');
  switch (item.kind) {
    case AgendaItemKind.TalkSummons:
      return { decision: `同意${item.title.replace(/^建议/, '')}，由分管领导负责`, action: `完成对${subject}的约谈并形成整改承诺`, owner: 'deputy' };
    case AgendaItemKind.TopicOfMonth:
      return { decision: `将${subject}作为本月“一月一题”专题研究`, action: `开展${subject}专题调研，提出解决办法`, owner: 'office' };
    case AgendaItemKind.DepartmentCoordination:
      return { decision: `${item.title.replace(/^提请/, '请')}，建立联动机制`, action: `${subject.replace(/（.*）$/, '')}联合处置`, owner: 'department' };
    case AgendaItemKind.OverdueComplaints:
      return { decision: '超期信访实行包案，领导包案、限期办结', action: '超期未办结信访全部办结答复', owner: 'office' };
    case AgendaItemKind.RepeatComplaints:
      return { decision: '重复信访逐件落实一人一档、一事一议', action: '重复信访对象逐一上门走访化解', owner: 'office' };
    case AgendaItemKind.HelpTargetDeadline:
      return { decision: '帮促对象按期整改，帮促责任人跟踪', action: '帮促对象整改情况验收', owner: 'deputy' };
    case AgendaItemKind.RewardDeadline:
      return { decision: '考核奖惩在规定期限前全部兑现', action: '年度考核奖惩兑现到位', owner: 'office' };
    case AgendaItemKind.VillageVetoed:
      return { decision: '被否决村限期整改，驻村干部同奖同罚', action: `${subject}整改方案上报`, owner: 'stationed' };
    case AgendaItemKind.IndicatorChange:
      return /健康查体率|社会抚养费征收率/.test(item.title)
        ? {
            decision: `针对${item.title.replace(/^\d+年\d+月/, '')}，逐村分析原因`,
            action: `${item.title.replace(/^\d+年\d+月/, '').replace(/：.*$/, '')}落后村逐村督导`,
            owner: 'stationed',
          }
        : null;
    case AgendaItemKind.Custom:
      return { decision: `同意${item.title}方案`, action: item.title, owner: 'office' };
    default:
      return null;
  }
}
