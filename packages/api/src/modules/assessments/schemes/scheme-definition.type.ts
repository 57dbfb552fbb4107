import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IndicatorKey, type AssessmentGrade, type AssessmentItemKind, type MissingDataRule, type ScoreDirection, type VetoKind } from '@township/shared';
import { IndicatorKeyEnum } from '../../../graphql/enums.js';
import { AssessmentGradeEnum, AssessmentItemKindEnum, MissingDataRuleEnum, ScoreDirectionEnum, VetoKindEnum } from '../assessment.enums.js';

/*
 * The scheme's definition is read and written in the same shape, so each class is both the
 * output type and the input type (`X` and `XInput`). The whole definition is checked by
 * validateScheme (@township/shared), which names the offending field.
 */

@ObjectType('LinearTarget', { description: 'Full points at the target, none at zeroAt, linear between.' })
@InputType('LinearTargetInput', { description: 'Full points at the target, none at zeroAt, linear between.' })
export class LinearTargetType {
  @Field(() => Float, { description: 'Value earning full points (at or beyond it in the good direction).' }) target!: number;
  @Field(() => Float, { description: 'Value earning no points (at or beyond it in the bad direction).' }) zeroAt!: number;
}

@ObjectType('CategoryTargets', { description: 'Targets by village category (分类指导).' })
@InputType('CategoryTargetsInput', { description: 'Targets by village category (分类指导).' })
export class CategoryTargetsType {
  @Field(() => LinearTargetType, { description: 'Target of category A villages.' }) A!: LinearTargetType;
  @Field(() => LinearTargetType, { description: 'Target of category B villages (also used for villages without a category).' }) B!: LinearTargetType;
  @Field(() => LinearTargetType, { description: 'Target of category C villages.' }) C!: LinearTargetType;
}

@ObjectType('AssessmentItem', { description: 'One item of a scheme (考核指标) with its weight and scoring rule.' })
@InputType('AssessmentItemInput', { description: 'One item of a scheme (考核指标) with its weight and scoring rule.' })
export class AssessmentItemType {
  @Field(() => String, { description: 'Code, stable across versions and copies (grades and checks refer to it).' }) code!: string;
  @Field(() => String, { description: 'Category the item is grouped under, e.g. 人口计划.' }) category!: string;
  @Field(() => String, { description: 'Name, e.g. 计划生育率.' }) name!: string;
  @Field(() => AssessmentItemKindEnum, { description: 'How the item is scored.' }) kind!: AssessmentItemKind;
  @Field(() => Float, { description: 'Weight: the most the item gives (or, for a deduction, takes).' }) points!: number;
  @Field(() => IndicatorKeyEnum, { nullable: true, description: 'QUANTITATIVE: the indicator of the village statistics scored.' })
  indicator?: IndicatorKey | null;
  @Field(() => ScoreDirectionEnum, { nullable: true, description: 'QUANTITATIVE: which way is good (higher when omitted).' }) direction?: ScoreDirection | null;
  @Field(() => CategoryTargetsType, {
    nullable: true,
    description: 'QUANTITATIVE (indicator value), PUBLIC_EVALUATION (satisfaction %), DATA_QUALITY (discrepancy %): targets by category.',
  })
  targets?: CategoryTargetsType | null;
  @Field(() => MissingDataRuleEnum, { description: 'What the item scores when its input is missing.' }) missing!: MissingDataRule;
  @Field(() => Boolean, { defaultValue: false, description: 'Counts as comprehensive evaluation (综合评估) rather than a single item.' })
  comprehensive!: boolean;
}

@ObjectType('TargetOverride', { description: "A village's own target for an item (因村制宜), replacing its category's." })
@InputType('TargetOverrideInput', { description: "A village's own target for an item (因村制宜), replacing its category's." })
export class TargetOverrideType {
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => String, { description: 'Code of the item.' }) itemCode!: string;
  @Field(() => Float, { description: 'Value earning full points.' }) target!: number;
  @Field(() => Float, { description: 'Value earning no points.' }) zeroAt!: number;
  @Field(() => String, { description: 'Why the village has its own target.' }) reason!: string;
}

@ObjectType('VetoRule', { description: 'A one-vote veto rule (一票否决) of the scheme.' })
@InputType('VetoRuleInput', { description: 'A one-vote veto rule (一票否决) of the scheme.' })
export class VetoRuleType {
  @Field(() => VetoKindEnum, { description: 'The failure.' }) kind!: VetoKind;
  @Field(() => String, { description: 'Its trigger, as the scheme states it.' }) trigger!: string;
}

@ObjectType('GradeThresholds', { description: 'Minimum totals of the grades; below `pass` is 不合格.' })
@InputType('GradeThresholdsInput', { description: 'Minimum totals of the grades; below `pass` is 不合格.' })
export class GradeThresholdsType {
  @Field(() => Float, { description: 'Minimum total for 优秀.' }) excellent!: number;
  @Field(() => Float, { description: 'Minimum total for 良好.' }) good!: number;
  @Field(() => Float, { description: 'Minimum total for 合格.' }) pass!: number;
}

@ObjectType('QualitativeScale', { description: "Share of a qualitative item's points each grade earns." })
@InputType('QualitativeScaleInput', { description: "Share of a qualitative item's points each grade earns." })
export class QualitativeScaleType {
  @Field(() => Float, { description: 'Share for grade A (0–1).' }) A!: number;
  @Field(() => Float, { description: 'Share for grade B.' }) B!: number;
  @Field(() => Float, { description: 'Share for grade C.' }) C!: number;
  @Field(() => Float, { description: 'Share for grade D.' }) D!: number;
}

@ObjectType('PublicEvaluationStandIn', { description: 'What scores public evaluation until satisfaction surveys exist.' })
@InputType('PublicEvaluationStandInInput', { description: 'What scores public evaluation until satisfaction surveys exist.' })
export class StandInType {
  @Field(() => Float, { description: 'Share of the points awarded (0–1).' }) share!: number;
  @Field(() => String, { description: "The scheme's wording, read out in explanations." }) text!: string;
}

@ObjectType('LaggingRules', { description: 'Entry and exit rules of the lagging list (治理类).' })
@InputType('LaggingRulesInput', { description: 'Entry and exit rules of the lagging list (治理类).' })
export class LaggingRulesType {
  @Field(() => Int, { description: "Villages at the bottom of their township's ranking that count as below the line (0: none)." }) bottomN!: number;
  @Field(() => Int, { description: 'Quarters in a row at the bottom before a village enters (vetoed or failed villages enter at once).' }) consecutive!: number;
  @Field(() => Int, { description: 'Quarters in a row above the line before a village leaves.' }) exitAfter!: number;
}

@ObjectType('RewardRule', { description: 'Reward (positive) or penalty (negative) for a grade, yuan (兑现奖惩).' })
@InputType('RewardRuleInput', { description: 'Reward (positive) or penalty (negative) for a grade, yuan (兑现奖惩).' })
export class RewardRuleType {
  @Field(() => AssessmentGradeEnum, { description: 'The grade.' }) grade!: AssessmentGrade;
  @Field(() => Int, { description: 'For the village collective.' }) village!: number;
  @Field(() => Int, { description: 'For the stationed cadre (同奖同罚).' }) cadre!: number;
}

@ObjectType('SchemeDefinition', { description: 'Everything a scheme says: items, targets, overrides, veto rules, grades, weights, lagging rules, rewards.' })
@InputType('SchemeDefinitionInput', {
  description: 'Everything a scheme says: items, targets, overrides, veto rules, grades, weights, lagging rules, rewards.',
})
export class SchemeDefinitionType {
  @Field(() => [AssessmentItemType], { description: 'Items; the regular ones (not bonus or deduction) add up to 100 points.' }) items!: AssessmentItemType[];
  @Field(() => [TargetOverrideType], { description: 'Per-village targets.' }) overrides!: TargetOverrideType[];
  @Field(() => [VetoRuleType], { description: 'Veto rules in force.' }) vetoRules!: VetoRuleType[];
  @Field(() => GradeThresholdsType, { description: 'Grade thresholds.' }) thresholds!: GradeThresholdsType;
  @Field(() => QualitativeScaleType, { description: 'Grade shares of qualitative items.' }) qualitativeScale!: QualitativeScaleType;
  @Field(() => Float, { description: 'Where a spot check measured an item: routine × this + spot × (1 − this) (平时考核与抽样).' }) routineWeight!: number;
  @Field(() => StandInType, { description: 'Public evaluation before surveys.' }) publicEvaluationStandIn!: StandInType;
  @Field(() => LaggingRulesType, { description: 'Lagging-list rules.' }) lagging!: LaggingRulesType;
  @Field(() => [RewardRuleType], { description: 'Rewards and penalties per grade.' }) rewards!: RewardRuleType[];
}
