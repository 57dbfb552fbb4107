import { registerEnumType } from 'type-graphql';
import {
  DESIGNATION_KIND_LABELS,
  DesignationKind,
  EVALUATION_ITEM_LABELS,
  EVALUATION_RATING_LABELS,
  EvaluationItem,
  EvaluationRating,
  EVALUATOR_GROUP_LABELS,
  EvaluatorGroup,
  FOLLOW_UP_CHANGE_LABELS,
  FollowUpChange,
  RECTIFICATION_STATUS_LABELS,
  RectificationStatus,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

export const EvaluationItemEnum = byValue(EvaluationItem);
export const EvaluationRatingEnum = byValue(EvaluationRating);
export const EvaluatorGroupEnum = byValue(EvaluatorGroup);
export const DesignationKindEnum = byValue(DesignationKind);
export const RectificationStatusEnum = byValue(RectificationStatus);
export const FollowUpChangeEnum = byValue(FollowUpChange);

registerEnumType(EvaluationItemEnum, {
  name: 'EvaluationItem',
  description: 'The six items of democratic evaluation (民主评议).',
  valuesConfig: describe(EVALUATION_ITEM_LABELS),
});
registerEnumType(EvaluationRatingEnum, {
  name: 'EvaluationRating',
  description: 'A rating of one item: 好, 中 or 差.',
  valuesConfig: describe(EVALUATION_RATING_LABELS),
});
registerEnumType(EvaluatorGroupEnum, {
  name: 'EvaluatorGroup',
  description: 'Who cast a vote (上评下与下评上).',
  valuesConfig: describe(EVALUATOR_GROUP_LABELS),
});
registerEnumType(DesignationKindEnum, {
  name: 'DesignationKind',
  description: 'What a round made of a person.',
  valuesConfig: describe(DESIGNATION_KIND_LABELS),
});
registerEnumType(RectificationStatusEnum, {
  name: 'RectificationStatus',
  description: "A help target's rectification (限期整改) today.",
  valuesConfig: describe(RECTIFICATION_STATUS_LABELS),
});
registerEnumType(FollowUpChangeEnum, {
  name: 'FollowUpChange',
  description: 'How a help target fared in the next round, judged on bad votes (差票) alone.',
  valuesConfig: describe(FOLLOW_UP_CHANGE_LABELS),
});
