// The assessment feature: league table, score cards, township ranking, spot checks, lagging villages, rewards; a village's history and the overview tile.
export { default as AssessmentsPage } from './AssessmentsPage.vue';
export { default as ScoreCard } from './ScoreCard.vue';
export { default as AssessmentHistory } from './AssessmentHistory.vue';
export { default as AssessmentTile } from './AssessmentTile.vue';
export { default as assessmentsFeature } from './manifest';
