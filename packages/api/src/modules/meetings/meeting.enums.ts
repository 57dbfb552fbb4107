import { registerEnumType } from 'type-graphql';
import {
  ACTION_ITEM_STATUS_LABELS,
  ActionItemStatus,
  AGENDA_ITEM_KIND_LABELS,
  AGENDA_SECTION_LABELS,
  AgendaItemKind,
  AgendaSection,
  MEETING_STATUS_LABELS,
  MeetingStatus,
} from '@township/shared';
import { byValue, describe } from '../../graphql/enums.js';

/** The meeting feature's enums, value-keyed for the schema (see graphql/enums.ts). */
export const MeetingStatusEnum = byValue(MeetingStatus);
export const AgendaSectionEnum = byValue(AgendaSection);
export const AgendaItemKindEnum = byValue(AgendaItemKind);
export const ActionItemStatusEnum = byValue(ActionItemStatus);

registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'Where a joint meeting stands: agenda draft, agenda finalised, minuted.',
  valuesConfig: describe(MEETING_STATUS_LABELS),
});
registerEnumType(AgendaSectionEnum, {
  name: 'AgendaSection',
  description: 'The three parts of a joint meeting (形势分析, 任务部署, 难题协调).',
  valuesConfig: describe(AGENDA_SECTION_LABELS),
});
registerEnumType(AgendaItemKindEnum, {
  name: 'AgendaItemKind',
  description: 'The draft rule that proposed an agenda item (CUSTOM: added by a participant).',
  valuesConfig: describe(AGENDA_ITEM_KIND_LABELS),
});
registerEnumType(ActionItemStatusEnum, {
  name: 'ActionItemStatus',
  description: 'Where an action item stands; OPEN and IN_PROGRESS items carry over to every next meeting.',
  valuesConfig: describe(ACTION_ITEM_STATUS_LABELS),
});
