/**
 * Complaints and petitions (信访、举报、咨询): intake from every channel, first-contact ownership,
 * time limits, accountability, person files, hotspots and rates.
 *
 * For other features:
 * - `petitionsAboveCounty(em, villageIds, from, to)`: the veto events (一票否决) of the assessment;
 *   `onPetitionAboveCounty(listener)`: told in the same transaction when a complaint becomes one.
 * - `townshipComplaintBrief(em, townshipId, month)`: what the monthly joint meeting (联席会议) of one
 *   township and month ('YYYY-MM') needs from complaints: the last complete month's (the month
 *   before the meeting's) rates (with numerators and denominators), village × category hotspots per
 *   10,000 people, the rising categories with the proposed topic of the month (一月一题) and the
 *   figures that justify it; the cases overdue now, and the meeting month's cases so far from repeat
 *   complainants and petitions above county level. It carries no names, phones or ID numbers, and
 *   applies no viewer scope: the meeting decides who sees it.
 */
export { Complaint } from './complaint.entity.js';
export { ComplaintType } from './complaint.type.js';
export { onPetitionAboveCounty, petitionsAboveCounty, type VetoPetition } from './veto.js';
export { townshipComplaintBrief, type TownshipComplaintBrief, type BriefCase } from './meeting-brief.js';
export { ComplaintResolver } from './complaint.resolver.js';
export { ComplaintStepResolver } from './complaint-steps.resolver.js';
export { ComplaintEventResolver } from './complaint-event.resolver.js';
export { ComplaintAccountabilityResolver } from './accountability.resolver.js';
export { ComplainantResolver } from './complainant.resolver.js';
export {
  ComplaintFiguresResolver, ComplaintRateSummaryResolver, ComplaintCaseloadResolver, ComplaintUnitCountResolver,
  ComplaintRankingEntryResolver,
} from './complaint-figures.resolver.js';
export { VillageComplaintsResolver } from './village-complaints.resolver.js';
