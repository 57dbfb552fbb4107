import { refusal, type Refusal } from './refusals.js';

/**
 * The monthly joint meeting (联席会议): its states, agenda sections, the rules that propose agenda
 * items, and the action items its decisions create. Pure rules only; both sides import them.
 */

/** A meeting's life: the agenda is drafted and edited, then finalised (versioned), then minuted after the meeting. */
export const MeetingStatus = { Draft: 'DRAFT', Finalised: 'FINALISED', Minuted: 'MINUTED' } as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

/** The three parts of every joint meeting. */
export const AgendaSection = { Situation: 'SITUATION', Deployment: 'DEPLOYMENT', Coordination: 'COORDINATION' } as const;
export type AgendaSection = (typeof AgendaSection)[keyof typeof AgendaSection];
export const AGENDA_SECTIONS: readonly AgendaSection[] = Object.values(AgendaSection);

/** Which rule of the draft proposed an agenda item (CUSTOM: added by a participant). */
export const AgendaItemKind = {
  IndicatorChange: 'INDICATOR_CHANGE',
  Satisfaction: 'SATISFACTION',
  VillageVetoed: 'VILLAGE_VETOED',
  VillageLagging: 'VILLAGE_LAGGING',
  RankingFall: 'RANKING_FALL',
  TalkSummons: 'TALK_SUMMONS',
  ComplaintHotspots: 'COMPLAINT_HOTSPOTS',
  TopicOfMonth: 'TOPIC_OF_MONTH',
  OverdueComplaints: 'OVERDUE_COMPLAINTS',
  RepeatComplaints: 'REPEAT_COMPLAINTS',
  HelpTargetDeadline: 'HELP_TARGET_DEADLINE',
  ActionItemFollowUp: 'ACTION_ITEM_FOLLOW_UP',
  ActionItemsDone: 'ACTION_ITEMS_DONE',
  RewardDeadline: 'REWARD_DEADLINE',
  SurveyCampaign: 'SURVEY_CAMPAIGN',
  CheckRound: 'CHECK_ROUND',
  DepartmentCoordination: 'DEPARTMENT_COORDINATION',
  Custom: 'CUSTOM',
} as const;
export type AgendaItemKind = (typeof AgendaItemKind)[keyof typeof AgendaItemKind];

/** Where an action item stands. OPEN and IN_PROGRESS are open: they carry over to every next meeting until closed. */
export const ActionItemStatus = { Open: 'OPEN', InProgress: 'IN_PROGRESS', Done: 'DONE', Cancelled: 'CANCELLED' } as const;
export type ActionItemStatus = (typeof ActionItemStatus)[keyof typeof ActionItemStatus];
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [ActionItemStatus.Open, ActionItemStatus.InProgress];

type Labels<K extends string> = Record<K, Record<'zh-CN' | 'en', string>>;

export const MEETING_STATUS_LABELS: Labels<MeetingStatus> = {
  DRAFT: { 'zh-CN': '议程草案', en: 'Draft agenda' },
  FINALISED: { 'zh-CN': '议程已定稿', en: 'Agenda finalised' },
  MINUTED: { 'zh-CN': '已形成纪要', en: 'Minuted' },
};

export const AGENDA_SECTION_LABELS: Labels<AgendaSection> = {
  SITUATION: { 'zh-CN': '形势分析', en: 'Situation analysis' },
  DEPLOYMENT: { 'zh-CN': '任务部署', en: 'Task deployment' },
  COORDINATION: { 'zh-CN': '难题协调', en: 'Coordination of hard problems' },
};

export const AGENDA_ITEM_KIND_LABELS: Labels<AgendaItemKind> = {
  INDICATOR_CHANGE: { 'zh-CN': '主要指标变动', en: 'Key indicator change' },
  SATISFACTION: { 'zh-CN': '群众满意率', en: 'Public satisfaction' },
  VILLAGE_VETOED: { 'zh-CN': '新增一票否决村', en: 'Newly vetoed villages' },
  VILLAGE_LAGGING: { 'zh-CN': '新列治理类村', en: 'Newly lagging villages' },
  RANKING_FALL: { 'zh-CN': '排名下滑村', en: 'Villages falling in the ranking' },
  TALK_SUMMONS: { 'zh-CN': '约谈单位', en: 'Units to call in for a talk' },
  COMPLAINT_HOTSPOTS: { 'zh-CN': '信访热点', en: 'Complaint hotspots' },
  TOPIC_OF_MONTH: { 'zh-CN': '一月一题', en: 'Topic of the month' },
  OVERDUE_COMPLAINTS: { 'zh-CN': '超期未办结信访', en: 'Overdue complaints' },
  REPEAT_COMPLAINTS: { 'zh-CN': '重复信访', en: 'Repeat complaints' },
  HELP_TARGET_DEADLINE: { 'zh-CN': '帮促对象整改期限', en: 'Help-target deadline' },
  ACTION_ITEM_FOLLOW_UP: { 'zh-CN': '上次会议事项督办', en: 'Follow-up of an open action item' },
  ACTION_ITEMS_DONE: { 'zh-CN': '上次会议事项落实情况', en: 'Action items done since the last meeting' },
  REWARD_DEADLINE: { 'zh-CN': '兑现奖惩期限', en: 'Rewards and penalties due' },
  SURVEY_CAMPAIGN: { 'zh-CN': '满意度调查', en: 'Survey campaign' },
  CHECK_ROUND: { 'zh-CN': '考核检查', en: 'Check round' },
  DEPARTMENT_COORDINATION: { 'zh-CN': '部门协调事项', en: 'Matter for a department' },
  CUSTOM: { 'zh-CN': '自定议题', en: 'Added by participants' },
};

export const ACTION_ITEM_STATUS_LABELS: Labels<ActionItemStatus> = {
  OPEN: { 'zh-CN': '未开始', en: 'Open' },
  IN_PROGRESS: { 'zh-CN': '推进中', en: 'In progress' },
  DONE: { 'zh-CN': '已办结', en: 'Done' },
  CANCELLED: { 'zh-CN': '已撤销', en: 'Cancelled' },
};

/** Open (not done, not cancelled) and past its deadline on `today` ('YYYY-MM-DD'). */
export function isActionItemOverdue(status: ActionItemStatus, deadline: string, today: string): boolean {
  return OPEN_ACTION_ITEM_STATUSES.includes(status) && deadline < today;
}

/** Which rule a progress report breaks, so that a client can word it in its own language. */
export type ActionItemUpdateRule = 'PROGRESS_RANGE' | 'CLOSED' | 'DONE_NEEDS_FULL' | 'FULL_MEANS_DONE';

/**
 * Checks a progress report: 0–100, DONE means 100 and 100 means DONE; a closed item is not
 * reopened by a progress report. Returns the first problem (the rule, the field, an English
 * message), or null.
 */
export function actionItemUpdateProblem(
  current: ActionItemStatus,
  next: { status: ActionItemStatus; progress: number },
): { rule: ActionItemUpdateRule; field: 'status' | 'progress'; message: string; refusal: Refusal } | null {
  if (!Number.isInteger(next.progress) || next.progress < 0 || next.progress > 100)
    return {
      rule: 'PROGRESS_RANGE',
      field: 'progress',
      message: `progress must be a whole number from 0 to 100, got ${next.progress}`,
      refusal: refusal('progressRange', { progress: next.progress }),
    };
  if (!OPEN_ACTION_ITEM_STATUSES.includes(current) && next.status !== current)
    return { rule: 'CLOSED', field: 'status', message: `the item is ${current} and cannot be changed to ${next.status}`, refusal: refusal('actionItemClosed') };
  if (next.status === ActionItemStatus.Done && next.progress !== 100)
    return { rule: 'DONE_NEEDS_FULL', field: 'progress', message: 'a DONE item has progress 100', refusal: refusal('doneNeedsFullProgress') };
  if (next.progress === 100 && OPEN_ACTION_ITEM_STATUSES.includes(next.status))
    return {
      rule: 'FULL_MEANS_DONE',
      field: 'status',
      message: 'progress 100 means the item is DONE; set status DONE',
      refusal: refusal('fullProgressMeansDone'),
    };
  return null;
}

/**
 * The department a complaint category needs at the meeting (部门协调): floating population goes to
 * public security (属地管理), complications to health, reward and assistance payments to civil
 * affairs, "three combinations" help to the women's federation, maintenance fees from the
 * self-employed to industry and commerce. Categories not listed stay with the family-planning office.
 */
export const CATEGORY_DEPARTMENT: Partial<Record<string, string>> = {
  FLOATING_POPULATION: 'PUBLIC_SECURITY',
  CONTRACEPTION_COMPLICATION: 'HEALTH',
  REWARD_ASSISTANCE: 'CIVIL_AFFAIRS',
  THREE_COMBINATIONS: 'WOMENS_FEDERATION',
  MAINTENANCE_FEE: 'INDUSTRY_COMMERCE',
};

/** A fee collection rate below this (percent) is a matter for the departments that help collect. */
export const FEE_COLLECTION_ALERT = 80;
/** Complaints of one category in a month that make it a matter for its department. */
export const DEPARTMENT_COMPLAINT_MIN = 3;
/** Days after the month's end within which a deadline is "coming up". */
export const DEADLINE_HORIZON_DAYS = 45;
