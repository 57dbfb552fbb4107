import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ActionItemStatus, AgendaItemKind, AgendaSection, MeetingStatus } from '@township/shared';
import { DateScalar, DateTimeScalar, MonthScalar } from '../../graphql/scalars.js';
import { ActionItemStatusEnum, AgendaItemKindEnum, AgendaSectionEnum, MeetingStatusEnum } from './meeting.enums.js';

@ObjectType('AgendaEvidence', {
  description: 'One figure that explains why an agenda item is proposed, with its comparison and a link to the dashboard page that shows the same figure.',
})
export class AgendaEvidenceType {
  @Field(() => String, { description: 'What the figure is, in Chinese (e.g. 计划生育率).' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'The figure (a rate in its unit, a count, an amount); null when there is nothing to count.' }) value!:
    number | null;
  @Field(() => String, { nullable: true, description: "Unit of `value`: '%', '‰', '男/百女', '件', '元', '天'…" }) unit!: string | null;
  @Field(() => Float, { nullable: true, description: 'For rates: what was counted (e.g. births within policy).' }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'For rates: what it was counted over (e.g. births).' }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: 'The same figure for the month before.' }) lastMonth!: number | null;
  @Field(() => Float, { nullable: true, description: 'The same figure for the same month a year before.' }) lastYear!: number | null;
  @Field(() => Float, { nullable: true, description: 'For figures of quarters or years (scores, ranks): the figure of the period before.' }) previousValue!:
    number | null;
  @Field(() => String, { nullable: true, description: 'Which period `previousValue` is for (e.g. `2026-Q3`).' }) previousPeriod!: string | null;
  @Field(() => String, { nullable: true, description: 'Text when the figure is a date or a name (e.g. a deadline).' }) text!: string | null;
  @Field(() => ID, { nullable: true, description: 'The org unit the figure belongs to.' }) orgUnitId!: number | null;
  @Field(() => String, { nullable: true, description: 'The period of the figure: a month `YYYY-MM`, a quarter `YYYY-Qn` or a year.' }) period!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Dashboard route path where the same figure is shown (e.g. `/villages/123`, `/complaints/45`, `/meetings/actions/7`).',
  })
  link!: string | null;
}

@ObjectType('ProposedAgendaItem', { description: 'An item the draft proposes for a meeting, computed from the live data (never stored by the draft itself).' })
export class ProposedAgendaItemType {
  proposedDepartmentId!: number | null;
  actionItemId!: number | null;
  @Field(() => String, {
    description: 'The rule and subject that proposed it (e.g. `INDICATOR_CHANGE:PLANNED_BIRTH_RATE`); stable from one draft to the next.',
  })
  ruleKey!: string;
  @Field(() => AgendaSectionEnum, { description: 'Part of the meeting it belongs to.' }) section!: AgendaSection;
  @Field(() => AgendaItemKindEnum, { description: 'The rule that proposed it.' }) kind!: AgendaItemKind;
  @Field(() => String, { description: 'Title, in Chinese.' }) title!: string;
  @Field(() => String, { description: 'Why it is on the agenda, in Chinese, with the figures.' }) summary!: string;
  @Field(() => [AgendaEvidenceType], { description: 'The figures and links it came from.' }) evidence!: AgendaEvidenceType[];
}

@ObjectType('AgendaDraft', { description: "A township's agenda draft for a month, generated from the month's data in the meeting's three sections." })
export class AgendaDraftType {
  townshipId!: number;
  @Field(() => MonthScalar, { description: 'The meeting month.' }) month!: string;
  @Field(() => DateTimeScalar, { description: 'When the draft was computed (it is always live).' }) generatedAt!: Date;
  @Field(() => [ProposedAgendaItemType], { description: 'Proposed items: situation analysis first, then task deployment, then coordination.' })
  items!: ProposedAgendaItemType[];
}

@ObjectType('Meeting', { description: "A township's monthly joint meeting (联席会议): date, chair, attendees, agenda, minutes, decisions." })
export class MeetingType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => MonthScalar, { description: 'The month the meeting is for (one meeting per township and month).' }) month!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day it is (or was) held.' }) heldOn?: string | null;
  @Field(() => MeetingStatusEnum, { description: 'Agenda draft, agenda finalised, or minuted.' }) status!: MeetingStatus;
  @Field(() => Int, { description: 'Version of the agenda: the last finalised snapshot, or the one being edited after a reopen.' }) agendaVersion!: number;
  @Field(() => String, { nullable: true, description: 'Minutes of the meeting (会议纪要).' }) minutes?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the current agenda version was finalised; null while it is a draft.' })
  finalisedAt?: Date | null;
  @Field(() => DateTimeScalar, { description: 'When the meeting was created.' }) createdAt!: Date;
}

@ObjectType('MeetingAttendee', { description: 'Someone at the meeting: a cadre or a department.' })
export class MeetingAttendeeType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { nullable: true, description: 'E.g. 列席 (sits in), 请假 (excused).' }) note?: string | null;
}

@ObjectType('AgendaItem', { description: "An item of a meeting's agenda, with its evidence, presenter and minutes." })
export class AgendaItemType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => Int, { description: '1-based position in the agenda.' }) position!: number;
  @Field(() => AgendaSectionEnum, { description: 'Part of the meeting it belongs to.' }) section!: AgendaSection;
  @Field(() => AgendaItemKindEnum, { description: 'The rule that proposed it, or CUSTOM.' }) kind!: AgendaItemKind;
  @Field(() => String, { nullable: true, description: 'The rule and subject that proposed it; null for CUSTOM items.' }) ruleKey?: string | null;
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Why it is on the agenda.' }) summary?: string | null;
  @Field(() => [AgendaEvidenceType], { description: 'The figures and links it came from (as they stood when the meeting was drafted).' })
  evidence!: AgendaEvidenceType[];
  @Field(() => String, { nullable: true, description: 'Minutes of the discussion of this item.' }) minutes?: string | null;
}

@ObjectType('AgendaSnapshotItem', { description: 'An agenda item as frozen in a finalised version.' })
export class AgendaSnapshotItemType {
  @Field(() => ID, { description: 'The agenda item it was.' }) id!: number;
  @Field(() => Int, { description: 'Position in that version.' }) position!: number;
  @Field(() => AgendaSectionEnum, { description: 'Section.' }) section!: AgendaSection;
  @Field(() => AgendaItemKindEnum, { description: 'Rule that proposed it, or CUSTOM.' }) kind!: AgendaItemKind;
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Summary.' }) summary!: string | null;
  @Field(() => [AgendaEvidenceType], { description: 'Evidence.' }) evidence!: AgendaEvidenceType[];
  @Field(() => ID, { nullable: true, description: 'Presenting cadre.' }) presenterCadreId!: number | null;
  @Field(() => ID, { nullable: true, description: 'Presenting department.' }) presenterDepartmentId!: number | null;
  @Field(() => ID, { nullable: true, description: 'Department proposed for coordination.' }) proposedDepartmentId!: number | null;
  @Field(() => ID, { nullable: true, description: 'Action item it followed up.' }) actionItemId!: number | null;
}

@ObjectType('AgendaVersion', { description: 'A finalised agenda, kept as it was; a reopen (with its reason) starts the next version.' })
export class AgendaVersionType {
  @Field(() => Int, { description: 'Version number, from 1.' }) version!: number;
  @Field(() => DateTimeScalar, { description: 'When it was finalised.' }) finalisedAt!: Date;
  @Field(() => String, { description: 'Who finalised it (username).' }) finalisedBy!: string;
  @Field(() => [AgendaSnapshotItemType], { description: 'The items as finalised, in order.' }) items!: AgendaSnapshotItemType[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was reopened for changes; null while it is the current agenda.' })
  reopenedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Who reopened it.' }) reopenedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was reopened.' }) reopenReason?: string | null;
}

@ObjectType('MeetingDecision', { description: 'A decision of a meeting; its action items follow it up.' })
export class DecisionType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'What was decided.' }) text!: string;
  @Field(() => String, { description: 'Who recorded it (username).' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) createdAt!: Date;
}

@ObjectType('ActionItem', {
  description: 'A task a decision created (督办事项): owner, deadline, status, progress; open ones carry over to every next meeting.',
})
export class ActionItemType {
  decisionId!: number;
  meetingId!: number;
  townshipId!: number;
  ownerCadreId!: number | null;
  ownerDepartmentId!: number | null;
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'What is to be done.' }) title!: string;
  @Field(() => String, { description: 'Name of the owner (cadre or department).' }) ownerName!: string;
  @Field(() => DateScalar, { description: 'Deadline.' }) deadline!: string;
  @Field(() => ActionItemStatusEnum, { description: 'Status.' }) status!: ActionItemStatus;
  @Field(() => Int, { description: 'Progress, 0–100 %.' }) progress!: number;
  @Field(() => Boolean, { description: 'Open and past its deadline today (computed by the database).' }) overdue!: boolean;
  @Field(() => Int, { description: 'Days past the deadline (0 unless overdue).' }) daysOverdue!: number;
  @Field(() => DateScalar, { nullable: true, description: 'When it is to be reviewed next.' }) nextReviewOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it was done or cancelled.' }) closedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The latest progress comment.' }) lastComment!: string | null;
  @Field(() => MonthScalar, { description: 'Month of the meeting that decided it.' }) meetingMonth!: string;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: Date;
}

@ObjectType('ActionItemUpdate', { description: 'One progress report on an action item (its history).' })
export class ActionItemUpdateType {
  @Field(() => DateTimeScalar, { description: 'When.' }) at!: Date;
  @Field(() => String, { description: 'Who (username).' }) by!: string;
  @Field(() => Int, { description: 'Progress reported, 0–100 %.' }) progress!: number;
  @Field(() => ActionItemStatusEnum, { description: 'Status after the report.' }) status!: ActionItemStatus;
  @Field(() => String, { nullable: true, description: 'What was done.' }) comment!: string | null;
}

@ObjectType('ActionItemStatusCount', { description: 'Action items of one status.' })
export class ActionItemStatusCountType {
  @Field(() => ActionItemStatusEnum, { description: 'The status.' }) status!: ActionItemStatus;
  @Field(() => Int, { description: 'How many.' }) count!: number;
}

@ObjectType('SupervisionBulletin', { description: "The supervision bulletin (督查通报) of a township's action items as of a meeting month." })
export class SupervisionBulletinType {
  townshipId!: number;
  previousMeetingId!: number | null;
  @Field(() => MonthScalar, { description: 'The month of the bulletin.' }) month!: string;
  @Field(() => DateScalar, { description: 'The day the statuses are taken on (today, or the month’s last day for a past month).' }) asOf!: string;
  @Field(() => [ActionItemStatusCountType], { description: 'Action items decided up to the month, by status.' }) counts!: ActionItemStatusCountType[];
  @Field(() => Int, { description: 'Open action items past their deadline.' }) overdueCount!: number;
  @Field(() => [ActionItemType], { description: 'Open items past their deadline, most overdue first.' }) overdue!: ActionItemType[];
  @Field(() => [ActionItemType], { description: 'Items still open and not overdue, nearest deadline first.' }) open!: ActionItemType[];
  @Field(() => [ActionItemType], { description: 'Items done since the previous meeting.' }) doneSinceLastMeeting!: ActionItemType[];
}

@ObjectType('NextMeeting', {
  description: "The township's next joint meeting: its month, the meeting if created, its top items and the action items to follow up.",
})
export class NextMeetingType {
  townshipId!: number;
  meetingId!: number | null;
  @Field(() => MonthScalar, { description: 'The month of the next meeting (the current month unless its meeting is minuted).' }) month!: string;
  @Field(() => [ProposedAgendaItemType], { description: "Top items: the meeting's agenda when it exists, else the live draft's." })
  topItems!: ProposedAgendaItemType[];
  @Field(() => Int, { description: 'Open action items of the township.' }) openActionItems!: number;
  @Field(() => Int, { description: 'Of them, past their deadline.' }) overdueActionItems!: number;
}
