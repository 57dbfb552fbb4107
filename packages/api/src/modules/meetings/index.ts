/**
 * The monthly joint meeting (联席会议): meetings per township and month, the agenda draft computed
 * from the other features' figures, agenda editing and finalising (versioned), minutes, decisions
 * and their action items, the supervision bulletin (督查通报).
 */
import type { FeatureManifest } from '../../features/manifest.js';
import { ActionItemResolver } from './action-item.resolver.js';
import { AgendaItemResolver, ProposedAgendaItemResolver } from './agenda.resolver.js';
import { DecisionResolver } from './decision.resolver.js';
import { meetingEntities } from './entities.js';
import { AgendaDraftResolver, MeetingAttendeeResolver, NextMeetingResolver, SupervisionBulletinResolver } from './meeting-parts.resolver.js';
import { MeetingResolver } from './meeting.resolver.js';
import { meetingsDemo } from './meetings.demo.js';

export { draftAgenda } from './draft/draft.service.js';

/** The monthly joint meeting (联席会议): agendas, minutes, decisions, action items, the supervision bulletin. */
export const feature: FeatureManifest = {
  name: 'meetings',
  after: ['assessments'],
  resolvers: [
    MeetingResolver,
    MeetingAttendeeResolver,
    AgendaItemResolver,
    ProposedAgendaItemResolver,
    AgendaDraftResolver,
    DecisionResolver,
    ActionItemResolver,
    SupervisionBulletinResolver,
    NextMeetingResolver,
  ],
  entities: meetingEntities,
  // Last: the agendas are drafted from every other feature's figures.
  demo: meetingsDemo,
};
