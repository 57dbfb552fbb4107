import {
  accountabilityEventNote,
  ESCALATION_NOTE,
  latenessNote,
  AccountabilityMeasure,
  AccountabilityReason,
  addMonths,
  chinaDay,
  ComplaintAction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintEventKind,
  ComplaintLevel,
  ComplaintStatus,
  ComplaintUrgency,
  currentMonth,
  deadlinesFor,
  DEFAULT_TIME_LIMITS,
  dueAt,
  DUPLICATE_WINDOW_DAYS,
  Gender,
  idNumberCheck,
  isWeekend,
  isWorkingDay,
  Satisfaction,
  type WorkCalendar,
} from '@township/shared';
import { mobilePhone, personName } from '../../demo/names.js';
import type { Random } from '../../demo/prng.js';
import { DEMO_TEXTS } from './complaint-demo.texts.js';

/**
 * Two years of complaints for the demo county, simulated step by step up to "today", each taken
 * in during office hours and the running month only as far as it has run: a seasonal background
 * in every village, a surge of social-maintenance-fee complaints in one township, a rise of
 * floating-population complaints in the home township last month, a village with repeated contraception-complication cases (and the county's one petition above
 * county level), a few repeat complainants, and cases stuck past their deadlines.
 */

export interface DemoVillage {
  id: number;
  name: string;
  townshipId: number;
  townshipName: string;
  population: number;
}
export interface DemoUsers {
  office: number;
  leader: number;
  village: number;
  villageScopeId: number;
}
export interface PlannedPerson {
  name: string;
  phone: string | null;
  idNumber: string | null;
}

export interface PlannedEvent {
  kind: ComplaintEventKind;
  at: Date;
  actor: number | null;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  fromOwner: number | null;
  toOwner: number | null;
  note: string | null;
  satisfaction: Satisfaction | null;
  resolved: boolean | null;
  level: ComplaintLevel | null;
}

export interface PlannedAccountability {
  reason: AccountabilityReason;
  responsible: number;
  note: string;
  recordedBy: number | null;
  recordedAt: Date;
  measure: AccountabilityMeasure | null;
  decidedBy: number | null;
  decidedAt: Date | null;
}

export interface PlannedComplaint {
  village: DemoVillage;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  urgency: ComplaintUrgency;
  level: ComplaintLevel;
  description: string;
  person: PlannedPerson | null;
  receivedAt: Date;
  acceptDueAt: Date;
  replyDueAt: Date;
  status: ComplaintStatus;
  owner: number;
  registeredBy: number;
  acceptedAt: Date | null;
  repliedAt: Date | null;
  reply: string | null;
  followedUpAt: Date | null;
  satisfaction: Satisfaction | null;
  resolved: boolean | null;
  closedAt: Date | null;
  reopenCount: number;
  duplicateOf: PlannedComplaint | null;
  events: PlannedEvent[];
  accountability: PlannedAccountability[];
}

/** What the generator decides before simulating a complaint's handling. */
interface Draft {
  village: DemoVillage;
  category: ComplaintCategory;
  receivedAt: Date;
  person?: PlannedPerson | null;
  channel?: ComplaintChannel;
  /** Handling stops before this step, leaving the case open (and, in time, overdue). */
  stuckBefore?: ComplaintAction | null;
  escalateAfterDays?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Complaints per 10,000 people a month across categories, before seasonality. */
const BASE_RATE = 2.5;
const CATEGORY_SHARE: Record<ComplaintCategory, number> = {
  REWARD_ASSISTANCE: 0.2,
  MAINTENANCE_FEE: 0.14,
  BIRTH_PERMIT: 0.13,
  CONTRACEPTION_COMPLICATION: 0.09,
  FLOATING_POPULATION: 0.12,
  STAFF_CONDUCT: 0.08,
  THREE_COMBINATIONS: 0.07,
  OTHER: 0.17,
};
// Month factors (January first): migrants return for the Spring Festival (floating population),
// rewards are paid around the new year, fees are collected at year end, the spring and autumn
// service campaigns bring complication cases, and the farming summer is quiet.
const QUIET = [1, 0.85, 1, 1, 1, 1, 0.85, 0.85, 1, 1, 1, 1];
const SEASON: Partial<Record<ComplaintCategory, number[]>> = {
  FLOATING_POPULATION: [1.3, 2, 1.6, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 1.1],
  REWARD_ASSISTANCE: [1.8, 1.2, 1, 1, 1, 1.3, 1, 1, 1, 1, 1, 1.6],
  MAINTENANCE_FEE: [1, 0.8, 1, 1, 1, 1, 0.9, 0.9, 1, 1, 1.4, 1.4],
  CONTRACEPTION_COMPLICATION: [1, 0.8, 1.3, 1.3, 1, 1, 0.9, 0.9, 1.3, 1.3, 1, 1],
};
const CHANNELS: [ComplaintChannel, number][] = [
  ['CONSULTATION_HOTLINE', 30],
  ['VISIT', 20],
  ['REPORT_HOTLINE', 15],
  ['ONLINE', 12],
  ['LETTER', 10],
  ['CADRE_VISIT', 7],
  ['COMPLAINT_BOX', 6],
];
const ANONYMOUS: Partial<Record<ComplaintChannel, number>> = { COMPLAINT_BOX: 0.8, REPORT_HOTLINE: 0.5, LETTER: 0.3 };
const SATISFACTION: [Satisfaction, number][] = [
  ['SATISFIED', 70],
  ['BASICALLY_SATISFIED', 19],
  ['DISSATISFIED', 7],
  ['UNREACHABLE', 4],
];
const MEASURES: [AccountabilityMeasure, number][] = [
  ['CRITICISM', 50],
  ['NO_ACTION', 20],
  ['CIRCULATED_CRITICISM', 15],
  ['ADMONISHMENT_TALK', 10],
  ['SCORE_DEDUCTION', 5],
];
/** The township whose maintenance-fee complaints surge in the last three months, and by how many each month. */
const SURGE_TOWNSHIP = '潮河镇';
const SURGE = [12, 40, 40];
/**
 * Floating-population complaints from three villages of the home township in the last complete
 * month (migrants leaving after the autumn harvest): the topic of the month (一月一题) and a matter
 * for the police station at the home township's joint meeting, which counts that month.
 */
const HOME_RISE = 8;

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const between = (random: Random, from: Date, to: Date) => new Date(from.getTime() + random.next() * Math.max(to.getTime() - from.getTime(), 0));

/** Complaints are taken in during office hours, 8:00 to 18:00 China time. */
const OPENS_AT_HOUR = 8;
const OFFICE_MINUTES = 10 * 60;
const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const dayOf = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;
/** The instant `minute` minutes after a China-time day's office opens. */
const officeInstant = (day: string, minute: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + (OPENS_AT_HOUR * 60 + minute) * 60_000);

/** Office minutes of a month that have passed by today: all of them for a past month, those up to now in the running one. */
function officeMinutesBy(month: string, today: Date): number {
  let minutes = 0;
  for (let day = 1; day <= daysIn(month); day++) {
    const opened = (today.getTime() - officeInstant(dayOf(month, day), 0).getTime()) / 60_000;
    if (opened <= 0) break;
    minutes += Math.min(Math.floor(opened), OFFICE_MINUTES);
  }
  return minutes;
}

/** How much of a month's intake has happened by today: 1 for a past month, the office time passed so far for the running one. */
const shareBy = (month: string, today: Date) => officeMinutesBy(month, today) / (daysIn(month) * OFFICE_MINUTES);

/**
 * A moment in a month's office hours passed by today, uniform over them, mostly on weekdays.
 * Only called for a month with office time passed (its share of the intake is zero otherwise).
 */
function instantIn(random: Random, month: string, today: Date): Date {
  const passed = officeMinutesBy(month, today);
  let instant = today;
  for (let tries = 0; tries < 3; tries++) {
    const minute = Math.floor(random.next() * passed);
    const day = dayOf(month, Math.floor(minute / OFFICE_MINUTES) + 1);
    instant = officeInstant(day, minute % OFFICE_MINUTES);
    if (!isWeekend(day) || random.chance(0.3)) break;
  }
  return instant;
}

/** A moment in office hours of the last working day at least `daysAgo` (≥ 1) days before today: never in the future. */
function workingDayBefore(random: Random, today: Date, daysAgo: number, calendar: WorkCalendar): Date {
  let day = chinaDay(at(today, -daysAgo * DAY));
  while (!isWorkingDay(day, calendar)) day = chinaDay(at(new Date(`${day}T12:00:00+08:00`), -DAY));
  return officeInstant(day, random.int(0, OFFICE_MINUTES - 1));
}

function newPerson(random: Random): PlannedPerson {
  const gender = random.chance(0.6) ? Gender.Female : Gender.Male;
  const birth = `${random.int(1955, 1998)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const first17 = `371199${birth}${String(random.int(0, 999)).padStart(3, '0')}`;
  return {
    name: personName(random, gender),
    phone: random.chance(0.92) ? mobilePhone(random) : null,
    idNumber: random.chance(0.35) ? `${first17}${idNumberCheck(first17)}` : null,
  };
}

/** `calendar`: the official holidays, so the demo's deadlines are the ones intake would have set. */
export function planComplaintDemo(random: Random, villages: DemoVillage[], users: DemoUsers, today: Date, calendar: WorkCalendar): PlannedComplaint[] {
  const current = currentMonth(today);
  const months = Array.from({ length: 24 }, (_, i) => addMonths(current, i - 23));
  const drafts: Draft[] = [];

  for (const month of months) {
    const season = Number(month.slice(5)) - 1;
    // The running month has only the intake of its office time passed so far.
    const share = shareBy(month, today);
    for (const village of villages) {
      for (const category of Object.values(ComplaintCategory)) {
        const mean = (village.population / 10_000) * BASE_RATE * CATEGORY_SHARE[category] * (SEASON[category]?.[season] ?? QUIET[season]) * share;
        for (let n = random.poisson(mean); n > 0; n--) drafts.push({ village, category, receivedAt: instantIn(random, month, today) });
      }
    }
  }

  // The surge: social maintenance fees in one township, concentrated on a dozen villages.
  const surgeVillages = random.shuffle(villages.filter((v) => v.townshipName === SURGE_TOWNSHIP)).slice(0, 12);
  SURGE.forEach((count, i) => {
    const month = addMonths(current, i - 2);
    for (let n = Math.round(count * shareBy(month, today)); n > 0; n--) {
      drafts.push({
        village: random.pick(surgeVillages),
        category: ComplaintCategory.MaintenanceFee,
        receivedAt: instantIn(random, month, today),
        channel: random.pick(['REPORT_HOTLINE', 'VISIT', 'ONLINE'] as const),
      });
    }
  });

  const homeTownship = villages.filter((v) => v.townshipId === villages[0].townshipId);
  const risen = random.shuffle(homeTownship).slice(0, 3);
  for (let n = HOME_RISE; n > 0; n--) {
    drafts.push({ village: random.pick(risen), category: ComplaintCategory.FloatingPopulation, receivedAt: instantIn(random, addMonths(current, -1), today) });
  }

  // A village of the home township (not the `village` user's) where complications keep coming back.
  const sore = random.pick(homeTownship.filter((v) => v.id !== users.villageScopeId && v.population > 600));
  const [a, b, c] = [newPerson(random), newPerson(random), newPerson(random)].map((p) => ({ ...p, phone: p.phone ?? mobilePhone(random) }));
  const complication = (person: PlannedPerson, daysAgo: number, extra: Partial<Draft> = {}): Draft => ({
    village: sore,
    category: ComplaintCategory.ContraceptionComplication,
    receivedAt: workingDayBefore(random, today, daysAgo, calendar),
    person,
    ...extra,
  });
  drafts.push(
    complication(a, 290),
    complication(a, 150),
    complication(a, 72, { escalateAfterDays: 18, channel: 'VISIT', stuckBefore: ComplaintAction.Reply }),
    complication(b, 240),
    complication(b, 237),
    complication(b, 40, { stuckBefore: ComplaintAction.Start }),
    complication(c, 200),
    complication(c, 95),
    ...[260, 180, 120, 25].map((days) => complication(newPerson(random), days)),
  );

  // A few more people who keep coming back about the same matter, anywhere in the county.
  for (let i = 0; i < 5; i++) {
    const person = newPerson(random);
    person.phone ??= mobilePhone(random);
    const village = random.pick(villages);
    const category = random.pick(Object.values(ComplaintCategory));
    let daysAgo = random.int(120, 600);
    for (let k = random.int(2, 4); k > 0 && daysAgo > 0; k--) {
      drafts.push({ village, category, receivedAt: workingDayBefore(random, today, daysAgo, calendar), person });
      daysAgo -= random.chance(0.3) ? random.int(2, 5) : random.int(20, 90);
    }
  }

  drafts.sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime());
  const planned = drafts.map((draft) => simulate(random, draft, users, today, calendar));
  flagDuplicates(planned);
  return planned;
}

/** Links each complaint to an earlier one of the same person, category and village within the window. */
function flagDuplicates(planned: PlannedComplaint[]) {
  const seen = new Map<PlannedPerson, PlannedComplaint[]>();
  for (const complaint of planned) {
    if (!complaint.person) continue;
    const earlier = seen.get(complaint.person) ?? [];
    complaint.duplicateOf =
      earlier.findLast(
        (e) =>
          e.category === complaint.category &&
          e.village === complaint.village &&
          complaint.receivedAt.getTime() - e.receivedAt.getTime() <= DUPLICATE_WINDOW_DAYS * DAY,
      ) ?? null;
    seen.set(complaint.person, [...earlier, complaint]);
  }
}

/** Plays a complaint's handling forward from receipt, stopping at today or where the draft says it got stuck. */
function simulate(random: Random, draft: Draft, users: DemoUsers, today: Date, calendar: WorkCalendar): PlannedComplaint {
  const channel = draft.channel ?? random.weighted(CHANNELS);
  const person = draft.person !== undefined ? draft.person : random.chance(ANONYMOUS[channel] ?? 0.1) ? null : newPerson(random);
  const urgency: ComplaintUrgency =
    draft.category === 'CONTRACEPTION_COMPLICATION' && random.chance(0.3)
      ? 'URGENT'
      : random.weighted([
          ['GENERAL', 75],
          ['URGENT', 8],
          ['COMPLEX', 17],
        ] as const);
  const limits = DEFAULT_TIME_LIMITS[urgency];
  const registrant = draft.village.id === users.villageScopeId && random.chance(0.6) ? users.village : random.chance(0.05) ? users.leader : users.office;
  const texts = DEMO_TEXTS[draft.category];
  const c: PlannedComplaint = {
    village: draft.village,
    channel,
    category: draft.category,
    urgency,
    level: random.chance(0.03) ? 'COUNTY' : 'TOWNSHIP',
    description: random.pick(texts.says),
    person,
    receivedAt: draft.receivedAt,
    ...deadlinesFor(draft.receivedAt, limits, calendar),
    status: 'RECEIVED',
    owner: registrant,
    registeredBy: registrant,
    acceptedAt: null,
    repliedAt: null,
    reply: null,
    followedUpAt: null,
    satisfaction: null,
    resolved: null,
    closedAt: null,
    reopenCount: 0,
    duplicateOf: null,
    events: [],
    accountability: [],
  };
  const ownerAt = (instant: Date) => c.events.filter((e) => e.toOwner != null && e.at <= instant).at(-1)?.toOwner ?? c.registeredBy;
  const event = (kind: ComplaintEventKind, when: Date, actor: number | null, fields: Partial<PlannedEvent> = {}): boolean => {
    if (when > today) return false;
    const toStatus = fields.toStatus ?? c.status;
    c.events.push({
      kind,
      at: when,
      actor,
      fromStatus: kind === 'REGISTERED' ? null : c.status,
      toStatus,
      fromOwner: null,
      toOwner: null,
      note: null,
      satisfaction: null,
      resolved: null,
      level: null,
      ...fields,
    });
    c.status = toStatus;
    return true;
  };
  const account = (reason: AccountabilityReason, when: Date, responsible: number, note: string, by: number | null) => {
    const decided = at(when, random.int(3, 15) * DAY);
    const decide = decided < at(today, -5 * DAY);
    c.accountability.push({
      reason,
      responsible,
      note,
      recordedBy: by,
      recordedAt: when,
      measure: decide ? random.weighted(MEASURES) : null,
      decidedBy: decide ? users.leader : null,
      decidedAt: decide ? decided : null,
    });
    event('ACCOUNTABILITY', when, by, { note: accountabilityEventNote(reason, note) });
  };
  const stuck =
    draft.stuckBefore !== undefined
      ? draft.stuckBefore
      : today.getTime() - draft.receivedAt.getTime() < 60 * DAY && random.chance(0.05)
        ? random.pick(['ACCEPT', 'START', 'REPLY'] as const)
        : null;

  event('REGISTERED', c.receivedAt, registrant, { toStatus: 'RECEIVED', toOwner: registrant, level: c.level });
  let clock = c.receivedAt;
  if (registrant === users.office && (draft.village.id === users.villageScopeId ? random.chance(0.4) : urgency === 'COMPLEX' && random.chance(0.3))) {
    const to = draft.village.id === users.villageScopeId ? users.village : users.leader;
    clock = at(clock, random.int(1, 4) * HOUR);
    if (
      event('HAND_OVER', clock, users.office, {
        fromOwner: users.office,
        toOwner: to,
        note: to === users.village ? '请村计生专干就近上门核实' : '情况复杂，由分管领导牵头办理',
      })
    )
      c.owner = to;
  }

  if (stuck === 'ACCEPT') return c;
  const lateAccept = random.chance(0.04);
  const acceptAt = lateAccept
    ? at(c.acceptDueAt, random.int(2, 72) * HOUR)
    : between(random, at(clock, 20 * 60_000), new Date(Math.min(c.acceptDueAt.getTime(), at(clock, 20 * HOUR).getTime())));
  if (!event('ACCEPT', acceptAt, c.owner, { toStatus: 'ACCEPTED' })) return c;
  c.acceptedAt = acceptAt;
  if (lateAccept) account('LATE_ACCEPTANCE', acceptAt, ownerAt(c.acceptDueAt), latenessNote(c.acceptDueAt, acceptAt), null);

  if (stuck === 'START') return c;
  const startAt = at(acceptAt, random.int(1, 20) * HOUR);
  if (!event('START', startAt, c.owner, { toStatus: 'IN_PROGRESS' })) return c;
  if (draft.escalateAfterDays && !escalate(c, at(c.receivedAt, draft.escalateAfterDays * DAY), event, account, users)) return c;

  for (let round = 0; ; round++) {
    if (stuck === 'REPLY') return c;
    const start = round ? c.events.at(-1)!.at : startAt;
    const lateReply = round === 0 && random.chance(0.05);
    const replyAt = lateReply
      ? at(c.replyDueAt, random.int(4, 200) * HOUR)
      : between(random, at(start, 2 * HOUR), new Date(Math.max(c.replyDueAt.getTime() - HOUR, start.getTime() + 3 * HOUR)));
    const reply = random.pick(texts.replies);
    if (!event('REPLY', replyAt, c.owner, { toStatus: 'REPLIED', note: reply })) return c;
    Object.assign(c, { repliedAt: replyAt, reply });
    if (lateReply) account('LATE_REPLY', replyAt, ownerAt(c.replyDueAt), latenessNote(c.replyDueAt, replyAt), null);

    const callAt = at(replyAt, random.int(20, 72) * HOUR);
    const satisfaction = !c.person
      ? 'UNREACHABLE'
      : round
        ? random.weighted([
            ['SATISFIED', 60],
            ['BASICALLY_SATISFIED', 40],
          ] as const)
        : random.weighted(SATISFACTION);
    const solved = { SATISFIED: 0.95, BASICALLY_SATISFIED: 0.75, DISSATISFIED: 0.15, UNREACHABLE: -1 }[satisfaction];
    const resolved = solved < 0 ? null : random.chance(solved);
    if (!event('FOLLOW_UP', callAt, c.owner, { satisfaction, resolved, note: satisfaction === 'UNREACHABLE' ? '匿名件，无法回访' : null })) return c;
    Object.assign(c, { followedUpAt: callAt, satisfaction, resolved });

    if (satisfaction === 'DISSATISFIED' && random.chance(0.4)) {
      const reopenAt = at(callAt, random.int(12, 48) * HOUR);
      if (!event('REOPEN', reopenAt, users.leader, { toStatus: 'IN_PROGRESS', note: '回访不满意，责成重新办理' })) return c;
      Object.assign(c, {
        repliedAt: null,
        reply: null,
        followedUpAt: null,
        satisfaction: null,
        resolved: null,
        replyDueAt: dueAt(reopenAt, limits.reply, calendar),
        reopenCount: c.reopenCount + 1,
      });
      if (random.chance(0.5)) account('POOR_HANDLING', reopenAt, c.owner, '群众回访不满意，重新办理', users.leader);
      continue;
    }
    const closeAt = at(callAt, random.int(1, 24) * HOUR);
    if (event('CLOSE', closeAt, c.owner, { toStatus: 'CLOSED' })) c.closedAt = closeAt;
    return c;
  }
}

/** The county's one petition above county level: recorded, and the owner held accountable. */
function escalate(
  c: PlannedComplaint,
  when: Date,
  event: (kind: ComplaintEventKind, when: Date, actor: number | null, fields?: Partial<PlannedEvent>) => boolean,
  account: (reason: AccountabilityReason, when: Date, responsible: number, note: string, by: number | null) => void,
  users: DemoUsers,
): boolean {
  if (!event('ESCALATE', when, users.office, { level: 'ABOVE_COUNTY', note: '当事人赴市信访局上访' })) return false;
  c.level = 'ABOVE_COUNTY';
  account('ESCALATION', when, c.owner, ESCALATION_NOTE, null);
  return true;
}
