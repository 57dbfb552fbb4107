// The overview feature: the scope's key indicators as tiles, and its child units compared.
export { default as OverviewDashboard } from './OverviewDashboard.vue';
export { overviewFeature } from './manifest';
