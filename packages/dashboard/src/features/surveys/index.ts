// The surveys feature: household satisfaction (群众满意率), paper-form import and democratic evaluation (民主评议).
export { default as SurveyResults } from './SurveyResults.vue';
export { default as SurveyImport } from './SurveyImport.vue';
export { default as EvaluationBoard } from './EvaluationBoard.vue';
export { default as EvaluationPrint } from './EvaluationPrint.vue';
export { default as SatisfactionTile } from './SatisfactionTile.vue';
export { default as surveysFeature } from './manifest';
