import { meetingEn, meetingZh } from './meeting-messages';
import { actionItemsEn, actionItemsZh } from './action-item-messages';

/**
 * The meetings feature's UI sentences, merged into the app's messages under `meetings.`: the
 * meeting pages' own (agenda, minutes, decisions, print) and, under `meetings.actions.`, those of
 * the action-item tracker, the supervision bulletin and the overview tile. Enum labels come from
 * @township/shared.
 */
export const meetingsZh = { ...meetingZh, actions: actionItemsZh };
export const meetingsEn: typeof meetingsZh = { ...meetingEn, actions: actionItemsEn };
