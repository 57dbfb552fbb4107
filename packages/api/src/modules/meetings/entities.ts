import { ActionItem, ActionItemUpdate, Decision } from './action-item.entity.js';
import { AgendaItem, AgendaVersion } from './agenda.entity.js';
import { Meeting, MeetingAttendee } from './meeting.entity.js';

/** Every entity of the meeting feature, for its manifest (index.ts). */
export const meetingEntities = [Meeting, MeetingAttendee, AgendaItem, AgendaVersion, Decision, ActionItem, ActionItemUpdate];
