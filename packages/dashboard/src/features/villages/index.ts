// The villages feature: the paged, filterable list and one village's page.
export { default as VillageList } from './VillageList.vue';
export { default as VillageDetail } from './VillageDetail.vue';
export { default as villagesFeature } from './manifest';
