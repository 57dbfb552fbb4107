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
import type { FeatureManifest } from '../../features/manifest.js';
import { ComplaintAccountability } from './accountability.entity.js';
import { ComplaintAccountabilityResolver } from './accountability.resolver.js';
import { Complainant, ComplainantKey } from './complainant.entity.js';
import { ComplainantResolver } from './complainant.resolver.js';
import { complaintDemo } from './complaint.demo.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { ComplaintEventResolver } from './complaint-event.resolver.js';
import {
  ComplaintCaseloadResolver,
  ComplaintFiguresResolver,
  ComplaintRankingEntryResolver,
  ComplaintRateSummaryResolver,
  ComplaintUnitCountResolver,
} from './complaint-figures.resolver.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { ComplaintStepResolver } from './complaint-steps.resolver.js';
import { ComplaintTimeLimit } from './complaint-time-limit.entity.js';
import { VillageComplaintsResolver } from './village-complaints.resolver.js';

export { Complaint } from './complaint.entity.js';
export { ComplaintType } from './complaint.type.js';
export { onPetitionAboveCounty, petitionsAboveCounty, type PetitionListener, type VetoPetition } from './veto.js';
export { townshipComplaintBrief, type TownshipComplaintBrief, type BriefCase } from './meeting-brief.js';

/** Complaints and petitions: intake, steps, time limits, accountability, person files, figures. */
export const feature: FeatureManifest = {
  name: 'complaints',
  after: ['evaluations'],
  resolvers: [
    ComplaintResolver,
    ComplaintStepResolver,
    ComplaintEventResolver,
    ComplaintAccountabilityResolver,
    ComplainantResolver,
    ComplaintFiguresResolver,
    ComplaintRateSummaryResolver,
    ComplaintCaseloadResolver,
    ComplaintUnitCountResolver,
    ComplaintRankingEntryResolver,
    VillageComplaintsResolver,
  ],
  entities: [Complainant, ComplainantKey, Complaint, ComplaintEvent, ComplaintTimeLimit, ComplaintAccountability],
  demo: complaintDemo,
};
