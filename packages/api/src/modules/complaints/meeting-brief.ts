import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, ComplaintStatus, notFound, OPEN_COMPLAINT_STATUSES, TOWNSHIP_KINDS, type ComplaintCategory } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import { Scope } from '../../graphql/scope.js';
import { OrgUnit } from '../org-units/index.js';
import { ComplaintBreakdown } from './complaint.enums.js';
import type { ComplaintHotspotCellType, ComplaintRateSummaryType, ComplaintTopicReportType } from './complaint-figures.type.js';
import { complaintHotspots } from './complaint-hotspots.service.js';
import { complaintRates } from './complaint-rates.service.js';
import { monthEnd, monthStart, overdueSql } from './complaint.sql.js';
import { complaintTopics } from './complaint-topics.service.js';
import { petitionsAboveCounty, type VetoPetition } from './veto.js';
import { parallel } from '../../db/parallel.js';

/** A complaint the meeting should look at: overdue now, or from a repeat complainant. */
export interface BriefCase {
  complaintId: number;
  villageId: number;
  category: ComplaintCategory;
  status: ComplaintStatus;
  receivedAt: Date;
  replyDueAt: Date;
  ownerId: number;
  /** The person file; null when anonymous. */
  complainantId: number | null;
  /** Complaints of the same person in the township (1 when anonymous). */
  complainantComplaints: number;
}

/**
 * What the complaints feature brings to a township's monthly joint meeting (联席会议). Identity-free:
 * no names, phones or ID numbers. The meeting of month M counts the last complete month, M-1 (the
 * month still running would be compared, unfinished, with whole months); its cases are as of now.
 */
export interface TownshipComplaintBrief {
  townshipId: number;
  /** The meeting's month. */
  month: string;
  /** The month the figures count: the one before the meeting's, the last complete month. */
  figuresMonth: string;
  /** The figures month's intake and the four rates of complaints received in it (numerators and denominators included). */
  rates: ComplaintRateSummaryType;
  /** Village × category cells of the figures month, most per 10,000 people first, at least 2 complaints each; at most 10. */
  hotspots: ComplaintHotspotCellType[];
  /** Rising categories of the figures month in the township and the proposed topic (一月一题) with its figures. */
  topics: ComplaintTopicReportType;
  /** Complaints overdue now (whenever received), most overdue first; at most 20. */
  overdueCases: BriefCase[];
  /** Complaints received in the meeting's month so far from people with more than one complaint in the township; at most 20. */
  repeatCases: BriefCase[];
  /** Petitions above county level received in the meeting's month so far (veto events). */
  petitionsAboveCounty: VetoPetition[];
}

const HOTSPOT_MIN_COUNT = 2;
const HOTSPOT_LIMIT = 10;
const CASE_LIMIT = 20;

/**
 * The township's complaints for the joint meeting of `month` ('YYYY-MM'): rates, hotspots and the
 * rising topic of the month before (the same figures as complaintRates, complaintHotspots and
 * complaintTopics for it), overdue and repeat cases and veto events as of now, computed over the
 * whole township (the caller decides who may see the meeting). NOT_FOUND when the id is not a township.
 */
export async function townshipComplaintBrief(em: EntityManager, townshipId: number, month: string): Promise<TownshipComplaintBrief> {
  const township = await em.findOne(OrgUnit, { id: townshipId, kind: { $in: [...TOWNSHIP_KINDS] } });
  if (!township) throw notFound('Township', townshipId);
  const scope = new Scope(township.path);
  const figuresMonth = addMonths(month, -1);
  const period = { from: figuresMonth, to: figuresMonth };
  const [[rates], hotspots, topics, cases] = await parallel(em, [
    () => complaintRates(em, scope, { unitId: township.id, period, breakdown: ComplaintBreakdown.WHOLE, byMonth: false }),
    () => complaintHotspots(em, scope, { unitId: township.id, period, breakdown: ComplaintBreakdown.VILLAGE, byCategory: true, byMonth: false }),
    () => complaintTopics(em, scope, township, figuresMonth),
    () => briefCases(em, township, month),
  ]);
  const villageIds = [...new Set(cases.villageIds)];
  const petitions = await petitionsAboveCounty(em, villageIds, `${month}-01`, lastDay(month));
  return {
    townshipId,
    month,
    figuresMonth,
    rates,
    topics,
    hotspots: hotspots.cells.filter((c) => c.count >= HOTSPOT_MIN_COUNT).slice(0, HOTSPOT_LIMIT),
    overdueCases: cases.overdue,
    repeatCases: cases.repeat,
    petitionsAboveCounty: [...petitions.values()].flat(),
  };
}

/** The last day of a month, 'YYYY-MM-DD'. */
const lastDay = (month: string) => new Date(Date.parse(`${addMonths(month, 1)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Overdue and repeat cases of the township, and the villages of the month's complaints (for the veto lookup), in one statement. */
async function briefCases(em: EntityManager, township: OrgUnit, month: string) {
  const rows = await query(
    em,
    sql`with persons as (
       select complainant_id, count(*)::int as n from complaint where township_id = ${township.id} and complainant_id is not null group by complainant_id)
     select c.id, c.village_id, c.category, c.status, c.received_at, c.reply_due_at, c.owner_id, c.complainant_id, coalesce(p.n, 1) as n,
            ${sql.raw(overdueSql('c'))} as overdue, c.received_at >= ${monthStart(month)} and c.received_at < ${monthEnd(month)} as in_month
       from complaint c left join persons p on p.complainant_id = c.complainant_id
      where c.township_id = ${township.id} and (c.status in (${sql.list(OPEN_COMPLAINT_STATUSES)}) or (c.received_at >= ${monthStart(month)} and c.received_at < ${monthEnd(month)}))
      order by c.reply_due_at, c.id`,
  );
  const toCase = (row: Record<string, unknown>): BriefCase => ({
    complaintId: Number(row.id),
    villageId: Number(row.village_id),
    category: row.category as ComplaintCategory,
    status: row.status as ComplaintStatus,
    receivedAt: new Date(row.received_at as string),
    replyDueAt: new Date(row.reply_due_at as string),
    ownerId: Number(row.owner_id),
    complainantId: row.complainant_id == null ? null : Number(row.complainant_id),
    complainantComplaints: Number(row.n),
  });
  return {
    overdue: rows
      .filter((r) => r.overdue)
      .slice(0, CASE_LIMIT)
      .map(toCase),
    repeat: rows
      .filter((r) => r.in_month && Number(r.n) > 1)
      .slice(0, CASE_LIMIT)
      .map(toCase),
    villageIds: rows.filter((r) => r.in_month).map((r) => Number(r.village_id)),
  };
}
