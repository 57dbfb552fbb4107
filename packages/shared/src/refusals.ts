/**
 * Every rule the API refuses by, with the names of the figures it sends along: a refusal carries
 * `extensions.reason` (a key below) and `extensions.params` (exactly these names), and clients
 * word it in their own language from those, never from the English message. Adding a rule here
 * makes the dashboard's wording tables fail to compile until both languages word it.
 */
export const REFUSALS = {
  // Who may do it
  signInFirst: [],
  wrongCredentials: [],
  roleNotAllowed: [],
  countyUsersOnly: [],
  departmentOwnedOnly: [],
  complaintOwnerOnly: ['id', 'owner'],
  nameAtAddressBackOff: ['retryAfter', 'freeFailures'],
  addressBackOff: ['retryAfter', 'freeFailures'],

  // Records that are not there (or not in the viewer's scope, which reads the same)
  notFound: ['id'],
  duplicateRecord: [],
  missingReference: [],

  // Shape of a value: the input guard, the scalars and class-validator's rule names
  invalidId: ['min', 'max'],
  blank: [],
  controlCharacter: [],
  malformedText: [],
  yearOutOfRange: ['min', 'max'],
  invalidMonth: [],
  invalidDate: [],
  invalidDateTime: [],
  invalidPeriod: [],
  invalidCursor: [],
  isLength: ['min', 'max'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  outOfRange: ['min', 'max'],
  isInt: [],
  isNumber: [],
  matches: [],
  isIn: ['values'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
  arrayUnique: [],
  nestedValidation: [],
  listedTwice: [],
  cannotClear: [],
  unknownIndicator: ['key'],
  unknownRate: ['key'],
  invalidPhone: [],
  invalidIdNumber: [],

  // Dates and periods
  dateInFuture: ['date', 'today'],
  dateInPast: ['date', 'today'],
  monthInFuture: ['month'],
  dateNotInMonth: ['date', 'month'],
  endBeforeStart: ['start', 'end'],
  notAfter: ['date', 'limit'],
  periodTooLong: ['months', 'max'],
  backdatedTooFar: ['days'],

  // Monthly statistics
  notWholeNumber: [],
  negative: [],
  birthsNotSum: ['births', 'birthsMale', 'birthsFemale'],
  birthsInPolicyOverBirths: ['value', 'limit'],
  healthChecksDoneOverDue: ['value', 'limit'],
  feeCollectedOverDue: ['value', 'limit'],
  contraceptionUsersOverMarriedWomen: ['value', 'limit'],
  marriedWomenOverPopulation: ['value', 'limit'],
  householdsOverPopulation: ['value', 'limit'],

  // Work calendar
  dayOutsideYear: ['day', 'year'],
  dayListedTwice: ['day'],
  workdayNotWeekend: ['day'],
  holidayUnnamed: [],

  // Meetings, agendas, decisions, action items
  meetingExists: ['township', 'month', 'id'],
  oneAttendeeKind: [],
  agendaFinalised: ['meetingId', 'version'],
  agendaNotFinalised: ['meetingId'],
  agendaVersionStale: ['version', 'expected'],
  agendaEmpty: [],
  agendaOrderIncomplete: ['count'],
  meetingMinuted: ['meetingId'],
  presenterBoth: [],
  positionOutOfRange: ['max'],
  notOnAgenda: ['agendaItemId'],
  decisionsNeedFinalAgenda: [],
  minutesNeedFinalAgenda: [],
  oneOwner: [],
  deadlineBeforeMeeting: ['deadline', 'month'],
  reviewAfterDeadline: ['nextReviewOn', 'deadline'],
  progressRange: ['progress'],
  actionItemClosed: [],
  doneNeedsFullProgress: [],
  fullProgressMeansDone: [],
  cadreNotInTownship: ['cadreId', 'township'],
  departmentNotInTownship: ['departmentId', 'township'],

  // Assessments: schemes, checks, scores, appeals, rewards
  schemeExists: ['unit', 'year'],
  copyNeedsOtherYear: ['year'],
  unitNotCountyOrTownship: ['id'],
  noRewardRule: [],
  itemCodeFormat: ['code'],
  itemCodeTwice: ['code'],
  pointsNotPositive: ['itemCode'],
  itemNeedsIndicator: ['itemCode'],
  itemNeedsTargets: ['itemCode'],
  noTargetForCategory: ['itemCode', 'category'],
  targetNotNumber: ['itemCode'],
  zeroAtNotAbove: ['itemCode', 'zeroAt', 'target'],
  zeroAtNotBelow: ['itemCode', 'zeroAt', 'target'],
  pointsNotHundred: ['total'],
  noTargetedItem: ['itemCode'],
  overrideNeedsReason: [],
  thresholdsOrder: [],
  gradeSharesOrder: [],
  routineWeightRange: [],
  standInIncomplete: [],
  laggingRules: [],
  vetoRuleTwice: [],
  vetoNeedsTrigger: [],
  monthNotInSchemeYear: ['month', 'year'],
  periodNotInSchemeYear: ['period', 'year'],
  noSchemeForYear: ['year'],
  villageNotUnderScheme: ['village'],
  villageNotDrawn: ['village'],
  noFindings: [],
  noSuchItem: ['itemCode'],
  itemGivenTwice: ['itemCode'],
  qualitativeNeedsGrade: ['itemCode'],
  quantitativeNeedsValue: ['itemCode'],
  itemNotInRoundKind: ['itemCode'],
  noAdjustmentItem: ['itemCode'],
  noResultForPeriod: ['village', 'period'],
  notVetoed: ['village', 'period'],
  appealPending: ['village'],
  alreadyDecided: ['id'],
  upheldGradeNeedsGrade: [],
  onlyUpheldGradeSetsGrade: [],
  rewardAlreadyPaid: ['paidOn'],

  // Complaints
  stepNotAllowed: ['id'],
  noteRequired: ['min'],
  sayIfResolved: [],
  unreachableNotResolved: [],
  notComplaintHandler: ['userId'],
  alreadyTheirs: [],
  userCannotSeeVillage: ['user', 'village'],
  followUpBeforeClose: ['id'],
  levelOnlyRises: [],
  replyShorterThanAccept: [],
  noGroundsLateAcceptance: [],
  noGroundsLateReply: [],
  noGroundsOverdue: [],
  noGroundsPoorHandling: [],
  noGroundsEscalation: [],
  accountabilityPending: ['id'],

  // Surveys
  oneOverallQuestion: ['count'],
  organiserNotInScope: ['id'],
  campaignClosed: [],
  sampleAnswered: ['count'],
  villageNotUnderOrganiser: ['id', 'organiser'],
  tooFewHouseholds: ['village', 'households', 'wanted'],
  notBase64: [],
  fileTooLarge: ['kib'],
  fileEmpty: [],
  unreadableFile: ['format'],
  notAQuestion: ['itemCode'],
  answeredTwice: ['itemCode'],
  notOnScale: ['answer'],
  missingAnswers: ['itemCodes'],
  notInSample: ['reference'],
  householdAnswered: ['reference'],

  // Cadres and evaluations
  roleAlreadyHeld: ['cadre', 'unit'],
  cadresNotInUnit: ['ids', 'unit'],
  cadreNotEvaluated: ['cadreId', 'round'],
  resultsDesignated: ['round'],
  tooFewBallotedPeople: ['round', 'count', 'min'],

  // Request limits, rate limits and the server's own state (graphql/limits.ts, http/, db/failures.ts)
  maxDepth: ['limit', 'actual'],
  maxAliases: ['limit', 'actual'],
  maxTokens: ['limit', 'actual'],
  maxRootFields: ['limit', 'actual'],
  maxCost: ['limit', 'actual'],
  maxBodyBytes: ['limit', 'actual'],
  batchedOperations: ['operations'],
  malformedJson: [],
  userCostPerMinute: ['limit'],
  addressCostPerMinute: ['limit'],
  serverStopping: [],
  databaseUnreachable: [],
  statementTimeout: [],
  requestTimeout: ['seconds'],
} as const satisfies Record<string, readonly string[]>;

export type RefusalReason = keyof typeof REFUSALS;
type ParamName<R extends RefusalReason> = (typeof REFUSALS)[R][number];
/** A figure or a name shown inside the wording (a date, a limit, a village's name). */
export type RefusalParam = string | number | null;
export type RefusalParams<R extends RefusalReason> = { [K in ParamName<R>]: RefusalParam };
/** The params argument of a refusal: none for a rule without figures, else exactly its figures. */
export type RefusalParamsArg<R extends RefusalReason> = [ParamName<R>] extends [never] ? [] : [params: RefusalParams<R>];
/** The rule a DomainError names, as it travels in `extensions`. */
export interface Refusal {
  reason: RefusalReason;
  params?: Record<string, RefusalParam>;
}

export const isRefusalReason = (value: unknown): value is RefusalReason => typeof value === 'string' && Object.hasOwn(REFUSALS, value);

/** A rule and its figures, checked against the catalogue by the compiler. */
export const refusal = <R extends RefusalReason>(reason: R, ...[params]: RefusalParamsArg<R>): Refusal => (params ? { reason, params } : { reason });
