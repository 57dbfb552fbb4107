/** The assessment feature's public face (目标管理责任制考核). */
export { assessmentEntities } from './entities.js';
export { evidenceSources, type EvidenceSources, type PublicEvaluationSource, type VetoEvidenceSource } from './evidence-sources.js';
export { recomputeScores, recomputeYear, type RecomputeSummary } from './scores/recompute.service.js';
export { AssessmentSchemeResolver } from './schemes/scheme.resolver.js';
export { VillageScoreResolver, VillageAssessmentResolver } from './scores/score.resolver.js';
export { CheckRoundResolver, CheckSampleResolver, VetoEventResolver } from './checks/check.resolver.js';
export { TownshipRankingResolver } from './rankings/township-ranking.js';
export { LaggingResolver } from './lagging/lagging.resolver.js';
export { RewardResolver } from './rewards/reward.resolver.js';
export { AppealResolver } from './appeals/appeal.resolver.js';
export { sql, pgArray } from './sql.js';
export { lastDay } from './sql.js';
export { listScores, type ScoreListArgs } from './scores/score.query.js';
export { listLaggingSpells, type LaggingSpell } from './lagging/lagging.query.js';
export { listRewards, rewardTotals, type RewardRow, type RewardTotal } from './rewards/reward.query.js';
export { listRounds as listCheckRounds } from './checks/check.query.js';
