/** The assessment feature's public face (目标管理责任制考核). */
import type { FeatureManifest } from '../../features/manifest.js';
import { onPetitionAboveCounty } from '../complaints/index.js';
import { AppealResolver } from './appeals/appeal.resolver.js';
import { assessmentDemo } from './assessment.demo.js';
import { CheckRoundResolver, CheckSampleResolver, VetoEventResolver } from './checks/check.resolver.js';
import { assessmentEntities } from './entities.js';
import { LaggingResolver } from './lagging/lagging.resolver.js';
import { TownshipRankingResolver } from './rankings/township-ranking.js';
import { RewardResolver } from './rewards/reward.resolver.js';
import { AssessmentSchemeResolver } from './schemes/scheme.resolver.js';
import { refreshAfterPetition } from './scores/recompute.service.js';
import { VillageAssessmentResolver, VillageScoreResolver } from './scores/score.resolver.js';

export { evidenceSources, type EvidenceSources, type PublicEvaluationSource, type VetoEvidenceSource } from './evidence-sources.js';
export { recomputeScores, recomputeYear, type RecomputeSummary } from './scores/recompute.service.js';
export { lastDay } from './months.js';
export { listScores, type ScoreListArgs } from './scores/score.query.js';
export { listLaggingSpells, type LaggingSpell } from './lagging/lagging.query.js';
export { listRewards, rewardTotals, type RewardRow, type RewardTotal } from './rewards/reward.query.js';
export { listRounds as listCheckRounds } from './checks/check.query.js';

/** The assessment (目标管理责任制考核): schemes, scores, checks, rankings, lagging villages, rewards, appeals. */
export const feature: FeatureManifest = {
  name: 'assessments',
  after: ['complaints'],
  resolvers: [
    AssessmentSchemeResolver,
    VillageScoreResolver,
    VillageAssessmentResolver,
    CheckRoundResolver,
    CheckSampleResolver,
    VetoEventResolver,
    TownshipRankingResolver,
    LaggingResolver,
    RewardResolver,
    AppealResolver,
  ],
  entities: assessmentEntities,
  // Reads the statistics, surveys and complaints written by the demos listed before it.
  demo: assessmentDemo,
  // A petition above county level is veto evidence (evidence-sources.ts): recording one refreshes its village's results at once.
  wire: () => onPetitionAboveCounty(refreshAfterPetition),
};
