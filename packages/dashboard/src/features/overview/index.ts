// The overview feature: the scope's key indicators as tiles, and its child units compared.
export { default as OverviewDashboard } from './OverviewDashboard.vue';
export { default as overviewFeature } from './manifest';
