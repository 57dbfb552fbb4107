// The complaints feature: hotspots for leaders, the list, one complaint with its timeline and steps,
// intake, person files, and the overview tile. Views and other features import only from here.
export { default as ComplaintHotspots } from './ComplaintHotspots.vue';
export { default as ComplaintList } from './ComplaintList.vue';
export { default as ComplaintDetail } from './ComplaintDetail.vue';
export { default as ComplaintIntakeForm } from './ComplaintIntakeForm.vue';
export { default as ComplainantFile } from './ComplainantFile.vue';
export { default as ComplaintOverviewTile } from './ComplaintOverviewTile.vue';
export { default as ComplaintTabs } from './ComplaintTabs.vue';
export { default as ComplaintTimeLimits } from './ComplaintTimeLimits.vue';
export { default as WorkCalendar } from './WorkCalendar.vue';
export { default as complaintsFeature } from './manifest';
