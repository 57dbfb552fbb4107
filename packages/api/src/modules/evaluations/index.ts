export { EvaluationRoundResolver, EvaluationResultResolver, EvaluationDesignationResolver } from './evaluation.resolver.js';
export { openHelpTargets, type OpenHelpTarget } from './help-targets.js';
