import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import {
  AppealResolver, AssessmentSchemeResolver, CheckRoundResolver, CheckSampleResolver, LaggingResolver, RewardResolver, TownshipRankingResolver,
  VetoEventResolver, VillageAssessmentResolver, VillageScoreResolver,
} from '../modules/assessments/index.js';
import { AuditResolver } from '../modules/audit/index.js';
import { CalendarResolver } from '../modules/calendar/index.js';
import { CadreAssignmentResolver, CadreResolver, VillageCadresResolver } from '../modules/cadres/index.js';
import {
  ComplainantResolver, ComplaintAccountabilityResolver, ComplaintCaseloadResolver, ComplaintEventResolver, ComplaintFiguresResolver,
  ComplaintRankingEntryResolver, ComplaintRateSummaryResolver, ComplaintResolver, ComplaintStepResolver,
  ComplaintUnitCountResolver, VillageComplaintsResolver,
} from '../modules/complaints/index.js';
import {
  ActionItemResolver, AgendaDraftResolver, AgendaItemResolver, DecisionResolver, MeetingAttendeeResolver, MeetingResolver, NextMeetingResolver,
  ProposedAgendaItemResolver, SupervisionBulletinResolver,
} from '../modules/meetings/index.js';
import { DepartmentResolver, ResponsibilityLetterResolver } from '../modules/departments/index.js';
import { OrgUnitResolver, TownshipResolver, VillageResolver } from '../modules/org-units/index.js';
import { EvaluationDesignationResolver, EvaluationResultResolver, EvaluationRoundResolver } from '../modules/evaluations/index.js';
import { IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver } from '../modules/statistics/index.js';
import { SampledHouseholdResolver, SampleVillageResolver, SatisfactionResultResolver, SurveyCampaignResolver } from '../modules/surveys/index.js';
import { AuthResolver } from '../modules/users/index.js';
import { authChecker, requireViewer } from './auth.js';
import { guardInputs } from './input-guard.js';
import { LIMITS_NOTE } from './limits.js';
import { validateInput } from './validate-input.js';

/** Every resolver of every feature; a new feature adds its resolvers here. */
const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  OrgUnitResolver, TownshipResolver, VillageResolver,
  CadreResolver, CadreAssignmentResolver, VillageCadresResolver,
  DepartmentResolver, ResponsibilityLetterResolver,
  IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver,
  AuditResolver,
  SurveyCampaignResolver, SatisfactionResultResolver, SampleVillageResolver, SampledHouseholdResolver,
  EvaluationRoundResolver, EvaluationResultResolver, EvaluationDesignationResolver,
  ComplaintResolver, ComplaintStepResolver, ComplaintEventResolver, ComplaintAccountabilityResolver, ComplainantResolver,
  ComplaintFiguresResolver, ComplaintRateSummaryResolver, ComplaintCaseloadResolver,
  ComplaintUnitCountResolver, ComplaintRankingEntryResolver, VillageComplaintsResolver, CalendarResolver,
  AssessmentSchemeResolver, VillageScoreResolver, VillageAssessmentResolver, CheckRoundResolver, CheckSampleResolver, VetoEventResolver,
  TownshipRankingResolver, LaggingResolver, RewardResolver, AppealResolver,
  MeetingResolver, MeetingAttendeeResolver, AgendaItemResolver, ProposedAgendaItemResolver, AgendaDraftResolver, DecisionResolver,
  ActionItemResolver, SupervisionBulletinResolver, NextMeetingResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (building validates every resolver and type). */
export function schema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validateFn: validateInput,
  }).then(describeRoots).then(guardInputs).then(requireViewer);
  return cached;
}

/** type-graphql gives the root types no description; the schema is the analysts' manual, so say what they are. */
function describeRoots(built: GraphQLSchema): GraphQLSchema {
  built.getQueryType()!.description =
    `Reading the data. Sign in first (mutation \`login\`); every list and figure is cut to your scope (your unit and everything below it). ${LIMITS_NOTE}`;
  built.getMutationType()!.description = 'Changing the data. Every change is checked as a whole, written in one transaction and audited.';
  return built;
}
