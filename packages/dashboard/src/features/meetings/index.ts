// The meetings feature: the monthly joint meeting (联席会议) — meetings and this month's draft, one
// meeting's agenda from draft to minutes, its printable agenda and minutes, and the action items
// its decisions create (tracker, supervision bulletin and its printed notice, overview tile).
export { default as MeetingsPage } from './MeetingsPage.vue';
export { default as MeetingPage } from './MeetingPage.vue';
export { default as MeetingPrint } from './MeetingPrint.vue';
export { default as ActionItemTracker } from './ActionItemTracker.vue';
export { default as ActionItemDetail } from './ActionItemDetail.vue';
export { default as SupervisionBulletin } from './SupervisionBulletin.vue';
export { default as BulletinPrint } from './BulletinPrint.vue';
export { default as NextMeetingTile } from './NextMeetingTile.vue';
export { default as meetingsFeature } from './manifest';
