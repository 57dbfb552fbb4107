export { EvaluationRoundResolver, EvaluationResultResolver, EvaluationDesignationResolver } from './evaluation.resolver.js';
