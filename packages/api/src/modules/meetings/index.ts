/**
 * The monthly joint meeting (联席会议): meetings per township and month, the agenda draft computed
 * from the other features' figures, agenda editing and finalising (versioned), minutes, decisions
 * and their action items, the supervision bulletin (督查通报).
 */
export { meetingEntities } from './entities.js';
export { MeetingResolver } from './meeting.resolver.js';
export { AgendaItemResolver, ProposedAgendaItemResolver } from './agenda.resolver.js';
export { ActionItemResolver } from './action-item.resolver.js';
export { DecisionResolver } from './decision.resolver.js';
export { AgendaDraftResolver, MeetingAttendeeResolver, NextMeetingResolver, SupervisionBulletinResolver } from './meeting-parts.resolver.js';
export { draftAgenda } from './draft/draft.service.js';
