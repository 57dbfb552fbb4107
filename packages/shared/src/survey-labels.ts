import type { DesignationKind, EvaluationItem, EvaluationRating, EvaluatorGroup, FollowUpChange, RectificationStatus } from './evaluations.js';
import type { Locale } from './labels.js';
import type { SatisfactionAnswer, SurveyChannel, SurveyScale, SurveyStatus } from './surveys.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** zh-CN uses the questionnaire's own words; the import accepts these as well as the codes. */
export const SATISFACTION_ANSWER_LABELS: Labels<SatisfactionAnswer> = {
  VERY_SATISFIED: { 'zh-CN': '很满意', en: 'Very satisfied' },
  SATISFIED: { 'zh-CN': '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  DISSATISFIED: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  VERY_DISSATISFIED: { 'zh-CN': '很不满意', en: 'Very dissatisfied' },
  UNKNOWN: { 'zh-CN': '不了解', en: "Don't know" },
};

export const SURVEY_SCALE_LABELS: Labels<SurveyScale> = {
  FOUR_LEVEL: { 'zh-CN': '四级（满意/基本满意/不满意/不了解）', en: 'Four levels (satisfied / basically / dissatisfied / don’t know)' },
  FIVE_LEVEL: { 'zh-CN': '五级（很满意至很不满意，另有不了解）', en: 'Five levels (very satisfied to very dissatisfied, plus don’t know)' },
};

export const SURVEY_CHANNEL_LABELS: Labels<SurveyChannel> = {
  DOOR_TO_DOOR: { 'zh-CN': '入户走访', en: 'Door to door' },
  PHONE: { 'zh-CN': '电话访问', en: 'Phone' },
  PAPER_FORM: { 'zh-CN': '纸质问卷', en: 'Paper form' },
};

export const SURVEY_STATUS_LABELS: Labels<SurveyStatus> = {
  OPEN: { 'zh-CN': '进行中', en: 'In progress' },
  CLOSED: { 'zh-CN': '已结束', en: 'Closed' },
};

export const EVALUATION_ITEM_LABELS: Labels<EvaluationItem> = {
  SERVICE_ATTITUDE: { 'zh-CN': '服务态度', en: 'Service attitude' },
  WORK_STYLE: { 'zh-CN': '工作作风', en: 'Work style' },
  EFFICIENCY: { 'zh-CN': '办事效率', en: 'Efficiency' },
  DUTY_PERFORMANCE: { 'zh-CN': '履行职责', en: 'Duty performance' },
  INNOVATION: { 'zh-CN': '创新意识', en: 'Innovation' },
  OVERALL: { 'zh-CN': '总体评价', en: 'Overall' },
};

export const EVALUATION_RATING_LABELS: Labels<EvaluationRating> = {
  GOOD: { 'zh-CN': '好', en: 'Good' },
  FAIR: { 'zh-CN': '中', en: 'Fair' },
  POOR: { 'zh-CN': '差', en: 'Poor' },
};

export const EVALUATOR_GROUP_LABELS: Labels<EvaluatorGroup> = {
  SUPERIOR: { 'zh-CN': '上级评议', en: 'Superiors' },
  PEER: { 'zh-CN': '同级互评', en: 'Peers' },
  VILLAGER: { 'zh-CN': '群众评议', en: 'Villagers' },
};

export const DESIGNATION_KIND_LABELS: Labels<DesignationKind> = {
  HELP_TARGET: { 'zh-CN': '重点帮促对象', en: 'Help target' },
  SERVICE_MODEL: { 'zh-CN': '服务标兵', en: 'Service model' },
};

export const RECTIFICATION_STATUS_LABELS: Labels<RectificationStatus> = {
  IN_PROGRESS: { 'zh-CN': '限期整改中', en: 'Rectifying' },
  RECTIFIED: { 'zh-CN': '已整改', en: 'Rectified' },
  OVERDUE: { 'zh-CN': '逾期未整改', en: 'Overdue' },
};

export const FOLLOW_UP_CHANGE_LABELS: Labels<FollowUpChange> = {
  IMPROVED: { 'zh-CN': '有改进', en: 'Improved' },
  UNCHANGED: { 'zh-CN': '没有变化', en: 'Unchanged' },
  WORSE: { 'zh-CN': '有退步', en: 'Worse' },
};
