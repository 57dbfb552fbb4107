import { isWorkingDay, WEEKDAYS_ONLY, type WorkCalendar } from './work-calendar.js';
import { Role } from './enums.js';
import type { Locale } from './labels.js';

/**
 * Complaints and petitions (信访、举报、咨询): the enums, the status machine, the time limits
 * (限时办结制), the hotline rates and the rising-topic rule. The API turns these into SQL; the
 * dashboard uses them for labels, buttons and explanations, so a figure is always traceable.
 */

/** Where a complaint came in. */
export const ComplaintChannel = {
  ReportHotline: 'REPORT_HOTLINE',
  ConsultationHotline: 'CONSULTATION_HOTLINE',
  ComplaintBox: 'COMPLAINT_BOX',
  Letter: 'LETTER',
  Visit: 'VISIT',
  Online: 'ONLINE',
  CadreVisit: 'CADRE_VISIT',
} as const;
export type ComplaintChannel = (typeof ComplaintChannel)[keyof typeof ComplaintChannel];

/** The sensitive categories the sources name (利益调节敏感问题), plus "other". */
export const ComplaintCategory = {
  ContraceptionComplication: 'CONTRACEPTION_COMPLICATION',
  RewardAssistance: 'REWARD_ASSISTANCE',
  ThreeCombinations: 'THREE_COMBINATIONS',
  BirthPermit: 'BIRTH_PERMIT',
  MaintenanceFee: 'MAINTENANCE_FEE',
  StaffConduct: 'STAFF_CONDUCT',
  FloatingPopulation: 'FLOATING_POPULATION',
  Other: 'OTHER',
} as const;
export type ComplaintCategory = (typeof ComplaintCategory)[keyof typeof ComplaintCategory];

/** How fast the matter must be answered; picks the time limit. */
export const ComplaintUrgency = { Urgent: 'URGENT', General: 'GENERAL', Complex: 'COMPLEX' } as const;
export type ComplaintUrgency = (typeof ComplaintUrgency)[keyof typeof ComplaintUrgency];

/** The highest level the matter has reached; ABOVE_COUNTY is a one-vote-veto event for the village. */
export const ComplaintLevel = { Township: 'TOWNSHIP', County: 'COUNTY', AboveCounty: 'ABOVE_COUNTY' } as const;
export type ComplaintLevel = (typeof ComplaintLevel)[keyof typeof ComplaintLevel];
export const COMPLAINT_LEVEL_ORDER: readonly ComplaintLevel[] = [ComplaintLevel.Township, ComplaintLevel.County, ComplaintLevel.AboveCounty];

export const ComplaintStatus = {
  Received: 'RECEIVED',
  Accepted: 'ACCEPTED',
  InProgress: 'IN_PROGRESS',
  Replied: 'REPLIED',
  Closed: 'CLOSED',
} as const;
export type ComplaintStatus = (typeof ComplaintStatus)[keyof typeof ComplaintStatus];
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  ComplaintStatus.Received,
  ComplaintStatus.Accepted,
  ComplaintStatus.InProgress,
  ComplaintStatus.Replied,
];

/** Every step a handler can take on a complaint after registering it. */
export const ComplaintAction = {
  Accept: 'ACCEPT',
  Start: 'START',
  Reply: 'REPLY',
  FollowUp: 'FOLLOW_UP',
  Close: 'CLOSE',
  Reopen: 'REOPEN',
  HandOver: 'HAND_OVER',
  Escalate: 'ESCALATE',
} as const;
export type ComplaintAction = (typeof ComplaintAction)[keyof typeof ComplaintAction];

/** What a timeline entry records: the registration, one of the actions, or an accountability record. */
export const ComplaintEventKind = { Registered: 'REGISTERED', ...ComplaintAction, Accountability: 'ACCOUNTABILITY' } as const;
export type ComplaintEventKind = (typeof ComplaintEventKind)[keyof typeof ComplaintEventKind];

/** The complainant's answer on the follow-up call (回访). UNREACHABLE counts in no rate. */
export const Satisfaction = {
  Satisfied: 'SATISFIED',
  BasicallySatisfied: 'BASICALLY_SATISFIED',
  Dissatisfied: 'DISSATISFIED',
  Unreachable: 'UNREACHABLE',
} as const;
export type Satisfaction = (typeof Satisfaction)[keyof typeof Satisfaction];
export const SATISFIED_ANSWERS: readonly Satisfaction[] = [Satisfaction.Satisfied, Satisfaction.BasicallySatisfied];
export const REACHED_ANSWERS: readonly Satisfaction[] = [...SATISFIED_ANSWERS, Satisfaction.Dissatisfied];

/** Why an accountability record (责任追究) was opened against a complaint's owner. */
export const AccountabilityReason = {
  LateAcceptance: 'LATE_ACCEPTANCE',
  LateReply: 'LATE_REPLY',
  Overdue: 'OVERDUE',
  PoorHandling: 'POOR_HANDLING',
  Escalation: 'ESCALATION',
} as const;
export type AccountabilityReason = (typeof AccountabilityReason)[keyof typeof AccountabilityReason];

/** What the leader decided; null while the record awaits a decision. */
export const AccountabilityMeasure = {
  NoAction: 'NO_ACTION',
  Criticism: 'CRITICISM',
  CirculatedCriticism: 'CIRCULATED_CRITICISM',
  AdmonishmentTalk: 'ADMONISHMENT_TALK',
  ScoreDeduction: 'SCORE_DEDUCTION',
} as const;
export type AccountabilityMeasure = (typeof AccountabilityMeasure)[keyof typeof AccountabilityMeasure];

/** Roles that register and handle complaints (and may therefore own one). */
export const COMPLAINT_HANDLER_ROLES: readonly Role[] = [Role.Leader, Role.Office, Role.Village];
/**
 * Roles that see every complainant's identity in their scope; anyone else sees it only on the
 * complaints they own (first-contact responsibility), and masked everywhere else.
 */
export const COMPLAINT_IDENTITY_ROLES: readonly Role[] = [Role.Leader, Role.Office];
/** Roles that may reassign any complaint, open accountability records and set time limits. */
export const COMPLAINT_SUPERVISOR_ROLES: readonly Role[] = [Role.Leader, Role.Office];

// ---------------------------------------------------------------------------------------------
// The status machine

interface Step {
  from: readonly ComplaintStatus[];
  /** The status after the step; null when the step keeps the status. */
  to: ComplaintStatus | null;
}

const { Received, Accepted, InProgress, Replied, Closed } = ComplaintStatus;
const OPEN = OPEN_COMPLAINT_STATUSES;

/** received → accepted → in progress → replied → closed, with reopen; hand-over and escalation keep the status. */
export const COMPLAINT_STEPS: Record<ComplaintAction, Step> = {
  ACCEPT: { from: [Received], to: Accepted },
  START: { from: [Accepted], to: InProgress },
  // A consultation answered on the spot goes straight from accepted to replied.
  REPLY: { from: [Accepted, InProgress], to: Replied },
  FOLLOW_UP: { from: [Replied], to: null },
  CLOSE: { from: [Replied], to: Closed },
  REOPEN: { from: [Replied, Closed], to: InProgress },
  HAND_OVER: { from: OPEN, to: null },
  ESCALATE: { from: [...OPEN, Closed], to: null },
};

/** Whether the action may be taken in the status. */
export function canTake(status: ComplaintStatus, action: ComplaintAction): boolean {
  return COMPLAINT_STEPS[action].from.includes(status);
}

/** The status after taking the action, or null when the action is not allowed in the status. */
export function statusAfter(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null {
  if (!canTake(status, action)) return null;
  return COMPLAINT_STEPS[action].to ?? status;
}

/** The actions allowed in a status, in the order the dashboard offers them. */
export function actionsFor(status: ComplaintStatus): ComplaintAction[] {
  return (Object.keys(COMPLAINT_STEPS) as ComplaintAction[]).filter((a) => canTake(status, a));
}

// ---------------------------------------------------------------------------------------------
// Time limits (限时办结制)

export const TimeLimitUnit = { Hours: 'HOURS', WorkingDays: 'WORKING_DAYS' } as const;
export type TimeLimitUnit = (typeof TimeLimitUnit)[keyof typeof TimeLimitUnit];

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

export interface ComplaintTimeLimits {
  /** From receipt to acceptance (受理). */
  accept: TimeLimit;
  /** From receipt (or reopening) to the reply (答复). */
  reply: TimeLimit;
}

const workingDays = (amount: number): TimeLimit => ({ amount, unit: TimeLimitUnit.WorkingDays });

/**
 * The common practice, used wherever a county has not configured its own: accept within one
 * working day; reply to urgent matters within 24 hours, to general ones within 7 working days,
 * to complex ones within 15 working days.
 */
export const DEFAULT_TIME_LIMITS: Record<ComplaintUrgency, ComplaintTimeLimits> = {
  URGENT: { accept: workingDays(1), reply: { amount: 24, unit: TimeLimitUnit.Hours } },
  GENERAL: { accept: workingDays(1), reply: workingDays(7) },
  COMPLEX: { accept: workingDays(1), reply: workingDays(15) },
};

/** Limits are counted in China's time (UTC+8 all year, no daylight saving). */
export const COMPLAINT_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The deadline of a limit counted from an instant. Hours are counted on the clock. N working days
 * end at 23:59:59.999 local time of the Nth working day after the day of receipt (the day itself
 * does not count, the usual reading of "N个工作日内"): Monday to Friday, less the calendar's public
 * holidays, plus its make-up working days (调休).
 */
export function dueAt(from: Date, limit: TimeLimit, calendar: WorkCalendar = WEEKDAYS_ONLY): Date {
  if (limit.unit === TimeLimitUnit.Hours) return new Date(from.getTime() + limit.amount * 3_600_000);
  let day = Math.floor((from.getTime() + OFFSET_MS) / DAY_MS);
  for (let counted = 0; counted < limit.amount;) {
    day += 1;
    if (isWorkingDay(new Date(day * DAY_MS).toISOString().slice(0, 10), calendar)) counted += 1;
  }
  return new Date((day + 1) * DAY_MS - OFFSET_MS - 1);
}

/**
 * Both deadlines of a complaint received at an instant. Acceptance is never due after the reply
 * (an urgent matter received on a Friday is accepted within its 24 hours, not on Monday).
 */
export function deadlinesFor(receivedAt: Date, limits: ComplaintTimeLimits, calendar: WorkCalendar = WEEKDAYS_ONLY): { acceptDueAt: Date; replyDueAt: Date } {
  const replyDueAt = dueAt(receivedAt, limits.reply, calendar);
  const accept = dueAt(receivedAt, limits.accept, calendar);
  return { acceptDueAt: accept < replyDueAt ? accept : replyDueAt, replyDueAt };
}

/** Open and past a deadline it has not met: acceptance while RECEIVED, the reply until REPLIED. The API's SQL says the same. */
export function isOverdue(c: { status: ComplaintStatus; acceptDueAt: Date; replyDueAt: Date }, now = new Date()): boolean {
  if (c.status === ComplaintStatus.Received && now > c.acceptDueAt) return true;
  const awaitingReply: readonly ComplaintStatus[] = [ComplaintStatus.Received, ComplaintStatus.Accepted, ComplaintStatus.InProgress];
  return awaitingReply.includes(c.status) && now > c.replyDueAt;
}

export function describeTimeLimit(limit: TimeLimit, locale: Locale): string {
  if (locale === 'zh-CN') return `${limit.amount}${limit.unit === TimeLimitUnit.Hours ? '小时' : '个工作日'}`;
  return `${limit.amount} ${limit.unit === TimeLimitUnit.Hours ? 'hours' : 'working days'}`;
}

// ---------------------------------------------------------------------------------------------
// Rates, as hotline systems measure them

/**
 * The counts behind the rates, over complaints received in a period, as of now:
 * - acceptanceDue: accepted, or past the acceptance deadline (a complaint still inside its limit
 *   and not yet accepted is undecided and counts nowhere);
 * - acceptedOnTime: accepted no later than the acceptance deadline;
 * - replyDue / repliedOnTime: the same for the reply (after a reopening, the new reply and deadline);
 * - reached: the follow-up call reached the complainant (any answer but UNREACHABLE);
 * - resolved: reached, and the complainant said the problem is solved;
 * - satisfied: reached, and satisfied or basically satisfied.
 */
export interface ComplaintRateCounts {
  acceptanceDue: number;
  acceptedOnTime: number;
  replyDue: number;
  repliedOnTime: number;
  reached: number;
  resolved: number;
  satisfied: number;
}

export const ComplaintRateKey = {
  Response: 'RESPONSE_RATE',
  Resolution: 'RESOLUTION_RATE',
  Satisfaction: 'SATISFACTION_RATE',
  OnTime: 'ON_TIME_RATE',
} as const;
export type ComplaintRateKey = (typeof ComplaintRateKey)[keyof typeof ComplaintRateKey];

export interface ComplaintRateDefinition {
  key: ComplaintRateKey;
  numerator: keyof ComplaintRateCounts;
  denominator: keyof ComplaintRateCounts;
  /** Below this denominator the rate is flagged unreliable and the unit is left out of rankings. */
  minDenominator: number;
}

export const COMPLAINT_RATES: Record<ComplaintRateKey, ComplaintRateDefinition> = {
  // 响应率: accepted within the limit, of those whose acceptance is due.
  RESPONSE_RATE: { key: 'RESPONSE_RATE', numerator: 'acceptedOnTime', denominator: 'acceptanceDue', minDenominator: 5 },
  // 解决率: the complainant says the problem is solved, of follow-up calls that reached them.
  RESOLUTION_RATE: { key: 'RESOLUTION_RATE', numerator: 'resolved', denominator: 'reached', minDenominator: 5 },
  // 满意率: satisfied or basically satisfied, of follow-up calls that reached them.
  SATISFACTION_RATE: { key: 'SATISFACTION_RATE', numerator: 'satisfied', denominator: 'reached', minDenominator: 5 },
  // 按时办结率: replied within the limit, of those whose reply is due.
  ON_TIME_RATE: { key: 'ON_TIME_RATE', numerator: 'repliedOnTime', denominator: 'replyDue', minDenominator: 5 },
};
export const COMPLAINT_RATE_KEYS = Object.keys(COMPLAINT_RATES) as ComplaintRateKey[];
/** The three rates villages are ranked by. */
export const RANKED_COMPLAINT_RATES: readonly ComplaintRateKey[] = ['RESPONSE_RATE', 'RESOLUTION_RATE', 'SATISFACTION_RATE'];

/** A rate in percent, rounded to 2 decimals; null when nothing is due. */
export function complaintRate(key: ComplaintRateKey, counts: ComplaintRateCounts): { numerator: number; denominator: number; value: number | null } {
  const def = COMPLAINT_RATES[key];
  const numerator = counts[def.numerator];
  const denominator = counts[def.denominator];
  return { numerator, denominator, value: denominator ? Math.round((numerator * 10_000) / denominator) / 100 : null };
}

export function describeComplaintRate(key: ComplaintRateKey, locale: Locale): string {
  const def = COMPLAINT_RATES[key];
  const words = RATE_COUNT_LABELS;
  return locale === 'zh-CN'
    ? `${words[def.numerator]['zh-CN']} ÷ ${words[def.denominator]['zh-CN']} × 100%；不足${def.minDenominator}件不参与排名`
    : `${words[def.numerator].en} / ${words[def.denominator].en} × 100%; not ranked below ${def.minDenominator} cases`;
}

/** Complaints per 10,000 people: raw counts mislead between a village of 300 and one of 3,000. */
export function perTenThousand(count: number, population: number): number | null {
  return population > 0 ? Math.round((count * 1_000_000) / population) / 100 : null;
}

// ---------------------------------------------------------------------------------------------
// Rising topics ("one topic a month" for the joint meeting)

/**
 * A category is rising in a month when it has at least `minCount` complaints and at least
 * `minIncrease` more than its baseline (the mean of the `baselineMonths` months before). Rising
 * categories are ranked by growth = (count − baseline) / max(baseline, 1); the first is proposed
 * as the month's topic.
 */
export const RISING_TOPIC_RULE = { baselineMonths: 3, minCount: 5, minIncrease: 3 } as const;

export function risingGrowth(count: number, baselineTotal: number): { baseline: number; growth: number; rising: boolean } {
  const baseline = baselineTotal / RISING_TOPIC_RULE.baselineMonths;
  const growth = Math.round(((count - baseline) / Math.max(baseline, 1)) * 10_000) / 10_000;
  return {
    baseline: Math.round(baseline * 100) / 100,
    growth,
    rising: count >= RISING_TOPIC_RULE.minCount && count - baseline >= RISING_TOPIC_RULE.minIncrease,
  };
}

/** A possible duplicate: same person, category and village within this many days. */
export const DUPLICATE_WINDOW_DAYS = 7;

// ---------------------------------------------------------------------------------------------
// Complainants' contacts

/** Digits of a phone number without spaces, dashes or the +86 prefix; null when not a Chinese mobile or landline. */
export function normalisePhone(raw: string): string | null {
  let digits = raw.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (/^0\d{9,11}$/.test(digits)) return digits;
  return null;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID number (GB 11643). */
export function idNumberCheck(first17: string): string {
  const sum = first17.split('').reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i], 0);
  return ID_CHECK[sum % 11];
}

/** An 18-character resident ID number, upper-cased, when its birth date and check character are right; else null. */
export function normaliseIdNumber(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(birth)) return null;
  return idNumberCheck(id.slice(0, 17)) === id[17] ? id : null;
}

// ---------------------------------------------------------------------------------------------
// What the system writes on the records it opens by itself (in the working language)

/** How late a step was: "超过时限 5 小时", or in days from two days on. */
export function latenessNote(due: Date, done: Date): string {
  const hours = Math.ceil((done.getTime() - due.getTime()) / 3_600_000);
  return hours < 48 ? `超过时限 ${hours} 小时` : `超过时限 ${Math.floor(hours / 24)} 天`;
}

export const ESCALATION_NOTE = '信访人到县级以上上访';

/** The timeline entry of an accountability record: its reason, then its note. */
export function accountabilityEventNote(reason: AccountabilityReason, note: string): string {
  return `${ACCOUNTABILITY_REASON_LABELS[reason]['zh-CN']}：${note}`;
}

// ---------------------------------------------------------------------------------------------
// Labels

type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const COMPLAINT_CHANNEL_LABELS: Labels<ComplaintChannel> = {
  REPORT_HOTLINE: { 'zh-CN': '举报电话', en: 'Report hotline' },
  CONSULTATION_HOTLINE: { 'zh-CN': '咨询热线', en: 'Consultation hotline' },
  COMPLAINT_BOX: { 'zh-CN': '举报箱', en: 'Complaint box' },
  LETTER: { 'zh-CN': '来信', en: 'Letter' },
  VISIT: { 'zh-CN': '来访', en: 'Visit' },
  ONLINE: { 'zh-CN': '网上信访', en: 'Online' },
  CADRE_VISIT: { 'zh-CN': '干部下访', en: 'Cadre visit to people' },
};

export const COMPLAINT_CATEGORY_LABELS: Labels<ComplaintCategory> = {
  CONTRACEPTION_COMPLICATION: { 'zh-CN': '节育并发症', en: 'Contraception complications' },
  REWARD_ASSISTANCE: { 'zh-CN': '奖励扶助政策', en: 'Reward and assistance policies' },
  THREE_COMBINATIONS: { 'zh-CN': '三结合帮扶', en: '"Three combinations" help' },
  BIRTH_PERMIT: { 'zh-CN': '照顾生育、生育证', en: 'Birth permits and special-case births' },
  MAINTENANCE_FEE: { 'zh-CN': '社会抚养费', en: 'Social maintenance fees' },
  STAFF_CONDUCT: { 'zh-CN': '工作作风', en: 'Staff conduct' },
  FLOATING_POPULATION: { 'zh-CN': '流动人口', en: 'Floating population' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
};

export const COMPLAINT_URGENCY_LABELS: Labels<ComplaintUrgency> = {
  URGENT: { 'zh-CN': '紧急', en: 'Urgent' },
  GENERAL: { 'zh-CN': '一般', en: 'General' },
  COMPLEX: { 'zh-CN': '复杂', en: 'Complex' },
};

export const COMPLAINT_LEVEL_LABELS: Labels<ComplaintLevel> = {
  TOWNSHIP: { 'zh-CN': '乡镇', en: 'Township' },
  COUNTY: { 'zh-CN': '县级', en: 'County' },
  ABOVE_COUNTY: { 'zh-CN': '县级以上', en: 'Above county' },
};

export const COMPLAINT_STATUS_LABELS: Labels<ComplaintStatus> = {
  RECEIVED: { 'zh-CN': '已登记', en: 'Received' },
  ACCEPTED: { 'zh-CN': '已受理', en: 'Accepted' },
  IN_PROGRESS: { 'zh-CN': '办理中', en: 'In progress' },
  REPLIED: { 'zh-CN': '已答复', en: 'Replied' },
  CLOSED: { 'zh-CN': '已办结', en: 'Closed' },
};

export const COMPLAINT_ACTION_LABELS: Labels<ComplaintAction> = {
  ACCEPT: { 'zh-CN': '受理', en: 'Accept' },
  START: { 'zh-CN': '开始办理', en: 'Start handling' },
  REPLY: { 'zh-CN': '答复', en: 'Reply' },
  FOLLOW_UP: { 'zh-CN': '回访', en: 'Follow-up call' },
  CLOSE: { 'zh-CN': '办结', en: 'Close' },
  REOPEN: { 'zh-CN': '重新办理', en: 'Reopen' },
  HAND_OVER: { 'zh-CN': '移交', en: 'Hand over' },
  ESCALATE: { 'zh-CN': '登记越级', en: 'Record escalation' },
};

export const COMPLAINT_EVENT_LABELS: Labels<ComplaintEventKind> = {
  REGISTERED: { 'zh-CN': '登记（首问）', en: 'Registered (first contact)' },
  ...COMPLAINT_ACTION_LABELS,
  ACCOUNTABILITY: { 'zh-CN': '责任追究', en: 'Accountability' },
};

export const SATISFACTION_LABELS: Labels<Satisfaction> = {
  SATISFIED: { 'zh-CN': '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  DISSATISFIED: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  UNREACHABLE: { 'zh-CN': '无法回访', en: 'Unreachable' },
};

export const ACCOUNTABILITY_REASON_LABELS: Labels<AccountabilityReason> = {
  LATE_ACCEPTANCE: { 'zh-CN': '超时受理', en: 'Accepted late' },
  LATE_REPLY: { 'zh-CN': '超时答复', en: 'Replied late' },
  OVERDUE: { 'zh-CN': '逾期未办', en: 'Overdue and open' },
  POOR_HANDLING: { 'zh-CN': '处理不当', en: 'Badly handled' },
  ESCALATION: { 'zh-CN': '引发越级上访', en: 'Led to escalation' },
};

export const ACCOUNTABILITY_MEASURE_LABELS: Labels<AccountabilityMeasure> = {
  NO_ACTION: { 'zh-CN': '免予追究', en: 'No action' },
  CRITICISM: { 'zh-CN': '批评教育', en: 'Criticism' },
  CIRCULATED_CRITICISM: { 'zh-CN': '通报批评', en: 'Circulated criticism' },
  ADMONISHMENT_TALK: { 'zh-CN': '诫勉谈话', en: 'Admonishment talk' },
  SCORE_DEDUCTION: { 'zh-CN': '考核扣分', en: 'Assessment deduction' },
};

export const COMPLAINT_RATE_LABELS: Labels<ComplaintRateKey> = {
  RESPONSE_RATE: { 'zh-CN': '响应率', en: 'Response rate' },
  RESOLUTION_RATE: { 'zh-CN': '解决率', en: 'Resolution rate' },
  SATISFACTION_RATE: { 'zh-CN': '满意率', en: 'Satisfaction rate' },
  ON_TIME_RATE: { 'zh-CN': '按时办结率', en: 'On-time rate' },
};

export const RATE_COUNT_LABELS: Labels<keyof ComplaintRateCounts> = {
  acceptanceDue: { 'zh-CN': '应受理件数（已受理或已过受理时限）', en: 'complaints due for acceptance (accepted or past the limit)' },
  acceptedOnTime: { 'zh-CN': '按时受理件数', en: 'accepted on time' },
  replyDue: { 'zh-CN': '应答复件数（已答复或已过答复时限）', en: 'complaints due for a reply (replied or past the limit)' },
  repliedOnTime: { 'zh-CN': '按时答复件数', en: 'replied on time' },
  reached: { 'zh-CN': '回访成功件数', en: 'follow-up calls that reached the complainant' },
  resolved: { 'zh-CN': '回访认为已解决件数', en: 'of which the problem is solved' },
  satisfied: { 'zh-CN': '满意及基本满意件数', en: 'of which satisfied or basically satisfied' },
};
