import { registerEnumType } from 'type-graphql';
import {
  APPEAL_KIND_LABELS,
  APPEAL_STATUS_LABELS,
  AppealKind,
  AppealStatus,
  ASSESSMENT_GRADE_LABELS,
  ASSESSMENT_ITEM_KIND_LABELS,
  AssessmentGrade,
  AssessmentItemKind,
  CHECK_KIND_LABELS,
  CheckKind,
  COMBINATION_PAIR_LABELS,
  CombinationPair,
  LAGGING_REASON_LABELS,
  LaggingReason,
  MISSING_DATA_RULE_LABELS,
  MissingDataRule,
  QUALITATIVE_GRADE_LABELS,
  QualitativeGrade,
  REWARD_RECIPIENT_LABELS,
  REWARD_STATUS_LABELS,
  RewardRecipient,
  RewardStatus,
  SCORE_DIRECTION_LABELS,
  ScoreDirection,
  VETO_KIND_LABELS,
  VetoKind,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

/** The assessment feature's enums, value-keyed for the schema (see graphql/enums.ts). */
export const AssessmentItemKindEnum = byValue(AssessmentItemKind);
export const ScoreDirectionEnum = byValue(ScoreDirection);
export const MissingDataRuleEnum = byValue(MissingDataRule);
export const QualitativeGradeEnum = byValue(QualitativeGrade);
export const AssessmentGradeEnum = byValue(AssessmentGrade);
export const CheckKindEnum = byValue(CheckKind);
export const VetoKindEnum = byValue(VetoKind);
export const AppealKindEnum = byValue(AppealKind);
export const AppealStatusEnum = byValue(AppealStatus);
export const RewardStatusEnum = byValue(RewardStatus);
export const RewardRecipientEnum = byValue(RewardRecipient);
export const LaggingReasonEnum = byValue(LaggingReason);
export const CombinationPairEnum = byValue(CombinationPair);

const register = (e: object, name: string, description: string, labels: Record<string, Record<'zh-CN' | 'en', string>>) =>
  registerEnumType(e, { name, description, valuesConfig: describe(labels) });

register(AssessmentItemKindEnum, 'AssessmentItemKind', 'Kind of an item of an assessment scheme.', ASSESSMENT_ITEM_KIND_LABELS);
register(ScoreDirectionEnum, 'ScoreDirection', 'Which way a quantitative item is good.', SCORE_DIRECTION_LABELS);
register(MissingDataRuleEnum, 'MissingDataRule', 'What an item scores when its input is missing.', MISSING_DATA_RULE_LABELS);
register(QualitativeGradeEnum, 'QualitativeGrade', "An inspector's grade of a qualitative item.", QUALITATIVE_GRADE_LABELS);
register(AssessmentGradeEnum, 'AssessmentGrade', "Grade of a village's result (等次).", ASSESSMENT_GRADE_LABELS);
register(CheckKindEnum, 'CheckKind', 'Routine check or spot check.', CHECK_KIND_LABELS);
register(VetoKindEnum, 'VetoKind', 'A failure that fails a village whatever its points (一票否决).', VETO_KIND_LABELS);
register(AppealKindEnum, 'AppealKind', 'What an appeal contests.', APPEAL_KIND_LABELS);
register(AppealStatusEnum, 'AppealStatus', 'Where an appeal stands.', APPEAL_STATUS_LABELS);
register(RewardStatusEnum, 'RewardStatus', 'Whether a reward or penalty has been paid, is due, or is overdue.', REWARD_STATUS_LABELS);
register(RewardRecipientEnum, 'RewardRecipient', 'Who a reward or penalty is for.', REWARD_RECIPIENT_LABELS);
register(LaggingReasonEnum, 'LaggingReason', 'Why a village was put on the lagging list (治理类).', LAGGING_REASON_LABELS);
register(CombinationPairEnum, 'CombinationPair', 'One of the four combinations of the scoring (四个结合).', COMBINATION_PAIR_LABELS);
