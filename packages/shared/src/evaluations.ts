/**
 * Democratic evaluation of staff (民主评议): the six items, the three ratings, the evaluator
 * groups (上评下与下评上), and how votes become scores, bad votes and ranks.
 */

export const EvaluationItem = {
  ServiceAttitude: 'SERVICE_ATTITUDE',
  WorkStyle: 'WORK_STYLE',
  Efficiency: 'EFFICIENCY',
  DutyPerformance: 'DUTY_PERFORMANCE',
  Innovation: 'INNOVATION',
  Overall: 'OVERALL',
} as const;
export type EvaluationItem = (typeof EvaluationItem)[keyof typeof EvaluationItem];
/** In the sources' order: 服务态度、工作作风、办事效率、履行职责、创新意识、总体评价. */
export const EVALUATION_ITEMS: readonly EvaluationItem[] = Object.values(EvaluationItem);

export const EvaluationRating = { Good: 'GOOD', Fair: 'FAIR', Poor: 'POOR' } as const;
export type EvaluationRating = (typeof EvaluationRating)[keyof typeof EvaluationRating];

/** Who cast a vote: superiors rate down, peers across, villagers up (上评下与下评上). */
export const EvaluatorGroup = { Superior: 'SUPERIOR', Peer: 'PEER', Villager: 'VILLAGER' } as const;
export type EvaluatorGroup = (typeof EvaluatorGroup)[keyof typeof EvaluatorGroup];

export const DesignationKind = { HelpTarget: 'HELP_TARGET', ServiceModel: 'SERVICE_MODEL' } as const;
export type DesignationKind = (typeof DesignationKind)[keyof typeof DesignationKind];

/** What is stored about a help target's rectification; OVERDUE is derived from the deadline. */
export const RectificationStatus = { InProgress: 'IN_PROGRESS', Rectified: 'RECTIFIED', Overdue: 'OVERDUE' } as const;
export type RectificationStatus = (typeof RectificationStatus)[keyof typeof RectificationStatus];

/** Points per rating: 好 100, 中 60, 差 0 (the usual pass mark for "fair"). */
export const RATING_POINTS: Record<EvaluationRating, number> = { GOOD: 100, FAIR: 60, POOR: 0 };

/** The bottom three become help targets (重点帮促对象), the sources' "后3名". */
export const HELP_TARGET_COUNT = 3;
/** The top three become service models (服务标兵). */
export const SERVICE_MODEL_COUNT = 3;

/**
 * A bad vote (差票) is a ballot whose overall rating (总体评价) is 差: one per evaluator and
 * person, however the other five items were rated.
 */
export const BAD_VOTE_ITEM: EvaluationItem = EvaluationItem.Overall;

/** Score of one item from its rating counts: mean points, null without votes. */
export function itemScore(good: number, fair: number, poor: number): number | null {
  const votes = good + fair + poor;
  if (!votes) return null;
  return (good * RATING_POINTS.GOOD + fair * RATING_POINTS.FAIR + poor * RATING_POINTS.POOR) / votes;
}

/** Overall score: the mean of the six item scores (each item weighs the same). */
export function overallScore(itemScores: readonly (number | null)[]): number | null {
  const present = itemScores.filter((s): s is number => s != null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

export const EVALUATION_RULE =
  `item score = (好×${RATING_POINTS.GOOD} + 中×${RATING_POINTS.FAIR} + 差×${RATING_POINTS.POOR}) / votes; overall = mean of the six item scores; ` +
  `差票 = a ballot rating 总体评价 差; rank by overall score (higher first), then fewer 差票; ` +
  `bottom ${HELP_TARGET_COUNT} become 重点帮促对象, top ${SERVICE_MODEL_COUNT} 服务标兵; ` +
  'a 重点帮促对象 has improved in the next round only with fewer 差票 (as many is unchanged, whatever the score)';

/** How a help target fared in the next round. */
export const FollowUpChange = { Improved: 'IMPROVED', Unchanged: 'UNCHANGED', Worse: 'WORSE' } as const;
export type FollowUpChange = (typeof FollowUpChange)[keyof typeof FollowUpChange];

/**
 * A help target's change is judged on bad votes (差票) alone, the figure the help is meant to bring
 * down (12 → 1 in the sources): improved only with strictly fewer. The score is shown beside it but
 * does not decide: as many bad votes with a better score is unchanged.
 */
export function followUpChange(badVotesBefore: number, badVotesAfter: number): FollowUpChange {
  if (badVotesAfter < badVotesBefore) return FollowUpChange.Improved;
  return badVotesAfter === badVotesBefore ? FollowUpChange.Unchanged : FollowUpChange.Worse;
}

/** A help target's status today: rectified, or in progress until the deadline passes. */
export function rectificationStatus(rectified: boolean, deadline: string, today: string): RectificationStatus {
  if (rectified) return RectificationStatus.Rectified;
  return today > deadline ? RectificationStatus.Overdue : RectificationStatus.InProgress;
}
