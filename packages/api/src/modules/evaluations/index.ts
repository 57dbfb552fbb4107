import type { FeatureManifest } from '../../features/manifest.js';
import { EvaluationDesignation } from './evaluation-designation.entity.js';
import { EvaluationRound } from './evaluation-round.entity.js';
import { EvaluationSubject } from './evaluation-subject.entity.js';
import { EvaluationVote } from './evaluation-vote.entity.js';
import { evaluationsDemo } from './evaluation.demo.js';
import { EvaluationRoundResolver, EvaluationResultResolver, EvaluationDesignationResolver } from './evaluation.resolver.js';

export { openHelpTargets, type OpenHelpTarget } from './help-targets.js';

/** Democratic evaluation (民主评议) of village cadres. */
export const feature: FeatureManifest = {
  name: 'evaluations',
  after: ['surveys'],
  resolvers: [EvaluationRoundResolver, EvaluationResultResolver, EvaluationDesignationResolver],
  entities: [EvaluationRound, EvaluationSubject, EvaluationVote, EvaluationDesignation],
  demo: evaluationsDemo,
};
