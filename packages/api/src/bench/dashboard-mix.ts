/**
 * The load script's traffic: the dashboard's operations weighted like a working session, each
 * with the variables its page sends, filled from what a role found in the demo county.
 */
import { addMonths } from '@township/shared';
import type { Random } from '../demo/prng.js';

/** What a signed-in role found by running the dashboard's list queries (see discover-facts.ts). */
export interface Facts {
  /** The unit the viewer sees. */
  scopeId: string;
  /** The last month with statistics: every period on screen ends there. */
  latestMonth: string;
  /** China's month today: the complaint pages end with the month before it. */
  currentMonth: string;
  townshipId?: string;
  villageId?: string;
  complaintId?: string;
  complainantId?: string;
  meetingId?: string;
  actionItemId?: string;
  /** One still open, so a progress report on it is accepted (editors; departments only on their own). */
  openActionItemId?: string;
  campaignId?: string;
  evaluationRoundId?: string;
  assessmentPeriod?: string;
}

export type Variables = Record<string, unknown>;

export interface MixEntry {
  operation: string;
  /** Relative frequency within its kind (reads or writes). */
  weight: number;
  /** The page's variables, or null when the role lacks a fact they need. `marker` makes a write unique. */
  variables(facts: Facts, marker: string): Variables | null;
}

const months = (to: string, length: number) => ({ from: addMonths(to, 1 - length), to });
const year = (f: Facts) => months(f.latestMonth, 12);
const trend = (f: Facts) => months(f.latestMonth, 24);
// The complaint pages' default: the three complete months before this one (complaint-period.ts).
const complaintPeriod = (f: Facts) => months(addMonths(f.currentMonth, -1), 3);
const calendarYear = (f: Facts) => Number(f.currentMonth.slice(0, 4));

/** `build` runs only when every listed fact is known. */
function needs<K extends keyof Facts>(keys: K[], build: (f: Facts & Required<Pick<Facts, K>>, marker: string) => Variables) {
  return (f: Facts, marker: string) => (keys.every((key) => f[key] !== undefined) ? build(f as Facts & Required<Pick<Facts, K>>, marker) : null);
}
const none = () => ({});

/**
 * Weights: how often a session sends each request. Every page load checks the viewer and the
 * latest month; the overview and the lists are opened most, a detail page from a list, the heavy
 * reports (hotspots, boards, survey results) now and then.
 */
export const READS: readonly MixEntry[] = [
  { operation: 'GetViewer', weight: 8, variables: none },
  { operation: 'GetLatestMonth', weight: 6, variables: none },
  // The overview page.
  { operation: 'GetOverviewIndicators', weight: 4, variables: (f) => ({ orgUnitId: f.scopeId, year: year(f), trend: trend(f) }) },
  { operation: 'GetIndicatorBreakdown', weight: 4, variables: (f) => ({ parentId: f.scopeId, period: year(f) }) },
  { operation: 'GetAssessmentOverview', weight: 3, variables: needs(['assessmentPeriod'], (f) => ({ period: f.assessmentPeriod })) },
  { operation: 'GetComplaintOverview', weight: 3, variables: (f) => ({ unitId: f.scopeId }) },
  { operation: 'GetNextMeeting', weight: 3, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId, top: 5 })) },
  { operation: 'GetLatestSatisfaction', weight: 3, variables: none },
  // Villages.
  { operation: 'ListTownships', weight: 3, variables: none },
  { operation: 'ListVillages', weight: 5, variables: (f) => ({ first: 20, period: year(f) }) },
  { operation: 'GetVillage', weight: 4, variables: needs(['villageId'], (f) => ({ id: f.villageId })) },
  { operation: 'GetVillageTrends', weight: 3, variables: needs(['villageId'], (f) => ({ id: f.villageId, trend: trend(f), year: year(f) })) },
  { operation: 'GetAssessmentHistory', weight: 2, variables: needs(['villageId'], (f) => ({ villageId: f.villageId })) },
  // Complaints.
  { operation: 'ListComplaints', weight: 5, variables: () => ({ first: 20, filter: {} }) },
  { operation: 'GetComplaint', weight: 4, variables: needs(['complaintId'], (f) => ({ id: f.complaintId })) },
  { operation: 'GetComplainant', weight: 1, variables: needs(['complainantId'], (f) => ({ id: f.complainantId, first: 50 })) },
  { operation: 'FindVillages', weight: 1, variables: () => ({ search: null }) },
  { operation: 'ListComplaintHandlers', weight: 1, variables: needs(['villageId'], (f) => ({ villageId: f.villageId })) },
  {
    operation: 'GetComplaintHotspots',
    weight: 2,
    variables: (f) => ({
      unitId: f.scopeId,
      period: complaintPeriod(f),
      trendPeriod: months(f.currentMonth, 24),
      breakdown: 'VILLAGE',
      ratesBreakdown: 'TOWNSHIP',
      topicMonth: complaintPeriod(f).to,
      heatmapRows: 25,
    }),
  },
  {
    operation: 'GetComplaintRanking',
    weight: 2,
    variables: (f) => ({ unitId: f.scopeId, period: complaintPeriod(f), key: 'SATISFACTION_RATE', bestFirst: false }),
  },
  { operation: 'ListComplaintTimeLimits', weight: 1, variables: none },
  { operation: 'ListCalendarDays', weight: 1, variables: (f) => ({ year: calendarYear(f) }) },
  // Assessment.
  { operation: 'ListAssessmentPeriods', weight: 2, variables: none },
  { operation: 'ListVillageScores', weight: 3, variables: needs(['assessmentPeriod'], (f) => ({ first: 20, period: f.assessmentPeriod })) },
  {
    operation: 'GetVillageScore',
    weight: 2,
    variables: needs(['villageId', 'assessmentPeriod'], (f) => ({ villageId: f.villageId, period: f.assessmentPeriod })),
  },
  { operation: 'GetAssessmentBoards', weight: 1, variables: needs(['assessmentPeriod'], (f) => ({ period: f.assessmentPeriod })) },
  { operation: 'ListRewards', weight: 1, variables: (f) => ({ year: calendarYear(f) - 1, first: 50 }) },
  // Meetings.
  { operation: 'GetLatestMeeting', weight: 2, variables: none },
  { operation: 'ListMeetings', weight: 2, variables: needs(['townshipId'], (f) => ({ filter: { townshipId: f.townshipId }, first: 24 })) },
  { operation: 'GetMeeting', weight: 2, variables: needs(['meetingId'], (f) => ({ id: f.meetingId })) },
  { operation: 'CountActionItems', weight: 2, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId })) },
  { operation: 'ListActionItems', weight: 2, variables: needs(['townshipId'], (f) => ({ first: 20, filter: { townshipId: f.townshipId } })) },
  { operation: 'GetActionItem', weight: 1, variables: needs(['actionItemId'], (f) => ({ id: f.actionItemId })) },
  { operation: 'ListActionItemOwners', weight: 1, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId })) },
  { operation: 'ListMeetingParticipants', weight: 1, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId, search: null })) },
  { operation: 'GetSupervisionBulletin', weight: 1, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId, month: f.currentMonth })) },
  { operation: 'GetAgendaDraft', weight: 1, variables: needs(['townshipId'], (f) => ({ townshipId: f.townshipId, month: f.currentMonth })) },
  // Surveys and evaluations.
  { operation: 'ListSurveyCampaigns', weight: 1, variables: none },
  { operation: 'GetSurveyResults', weight: 1, variables: needs(['campaignId'], (f) => ({ id: f.campaignId })) },
  { operation: 'GetSurveyImports', weight: 1, variables: needs(['campaignId'], (f) => ({ id: f.campaignId })) },
  { operation: 'GetSatisfactionTrend', weight: 1, variables: (f) => ({ orgUnitId: f.scopeId }) },
  { operation: 'ListEvaluationRounds', weight: 1, variables: none },
  { operation: 'GetEvaluationRound', weight: 1, variables: needs(['evaluationRoundId'], (f) => ({ id: f.evaluationRoundId })) },
];

/** Complaint intake: a new complaint each time, so it can be repeated without end. */
export const REGISTER_COMPLAINT: MixEntry = {
  operation: 'RegisterComplaint',
  weight: 1,
  variables: needs(['villageId'], (f, marker) => ({
    input: { villageId: f.villageId, category: 'OTHER', channel: 'VISIT', urgency: 'GENERAL', description: `压力测试来访登记 ${marker}` },
  })),
};

/** Writes the dashboard sends that are safe to repeat: an intake, and a progress report that changes no status. */
export const WRITES: readonly MixEntry[] = [
  REGISTER_COMPLAINT,
  {
    operation: 'UpdateActionItem',
    weight: 1,
    variables: needs(['openActionItemId'], (f, marker) => ({ id: f.openActionItemId, input: { comment: `压力测试进展 ${marker}` } })),
  },
];

export interface PlannedRequest {
  operation: string;
  variables: Variables;
}

/** A role's part of the mix: the entries whose variables it can fill. */
export interface RolePlan {
  reads: (readonly [MixEntry, number])[];
  writes: (readonly [MixEntry, number])[];
}

export function planFor(facts: Facts, reads: readonly MixEntry[] = READS, writes: readonly MixEntry[] = WRITES): RolePlan {
  const fillable = (entries: readonly MixEntry[]) => entries.filter((e) => e.variables(facts, 'probe') !== null).map((e) => [e, e.weight] as const);
  return { reads: fillable(reads), writes: fillable(writes) };
}

/**
 * Roles without writes (analysts) only read, so the clients that can write do a larger share to
 * keep the whole load at `target` writes.
 */
export function writeShareFor(target: number, clients: number, writingClients: number): number {
  return writingClients ? Math.min(1, (target * clients) / writingClients) : 0;
}

/** The next request of a client: a write with probability `writeShare`, else a read, by weight. */
export function nextRequest(plan: RolePlan, facts: Facts, random: Random, writeShare: number, marker: string): PlannedRequest & { write: boolean } {
  const write = plan.writes.length > 0 && random.chance(writeShare);
  const entry = random.weighted(write ? plan.writes : plan.reads);
  return { operation: entry.operation, variables: entry.variables(facts, marker)!, write };
}
