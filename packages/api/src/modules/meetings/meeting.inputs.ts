import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import type { ActionItemStatus, AgendaSection, MeetingStatus } from '@township/shared';
import { DateScalar, MonthScalar } from '../../graphql/scalars.js';
import { ActionItemStatusEnum, AgendaSectionEnum, MeetingStatusEnum } from './meeting.enums.js';

@InputType({ description: 'Conditions on meetings; all given ones must hold.' })
export class MeetingFilter {
  @Field(() => ID, { nullable: true, description: 'Only meetings of this township.' }) townshipId?: number | null;
  @Field(() => MonthScalar, { nullable: true, description: 'Meetings of this month or later.' }) from?: string | null;
  @Field(() => MonthScalar, { nullable: true, description: 'Meetings of this month or earlier.' }) to?: string | null;
  @Field(() => MeetingStatusEnum, { nullable: true, description: 'Only meetings in this state.' }) status?: MeetingStatus | null;
}

@InputType({ description: 'Someone at a meeting: give a cadre or a department, not both.' })
export class MeetingAttendeeInput {
  @Field(() => ID, { nullable: true, description: 'A cadre.' }) cadreId?: number | null;
  @Field(() => ID, { nullable: true, description: 'A department of the township.' }) departmentId?: number | null;
  @Field(() => String, { nullable: true, description: 'E.g. 列席, 请假.' })
  @IsOptional()
  @Length(0, 100, { message: 'note must be at most 100 characters' })
  note?: string | null;
}

@InputType({ description: "A township's meeting for a month; its agenda is seeded from the live draft (open action items included)." })
export class CreateMeetingInput {
  @Field(() => ID, { description: 'The township.' }) townshipId!: number;
  @Field(() => MonthScalar, { description: 'The month (one meeting per township and month).' }) month!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day it will be held.' }) heldOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The chairing cadre.' }) chairCadreId?: number | null;
  @Field(() => [MeetingAttendeeInput], { nullable: true, description: 'Attendees.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  attendees?: MeetingAttendeeInput[] | null;
}

@InputType({ description: "Changes to a meeting's date, chair or attendees; omitted fields stay as they are." })
export class UpdateMeetingInput {
  @Field(() => DateScalar, { nullable: true, description: 'Day it is held.' }) heldOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The chairing cadre.' }) chairCadreId?: number | null;
  @Field(() => [MeetingAttendeeInput], { nullable: true, description: 'The full list of attendees (replaces the current list).' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  attendees?: MeetingAttendeeInput[] | null;
}

@InputType({ description: 'A new agenda item added by a participant (CUSTOM).' })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'The meeting.' }) meetingId!: number;
  @Field(() => AgendaSectionEnum, { description: 'Section.' }) section!: AgendaSection;
  @Field(() => String, { description: 'Title.' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional()
  @Length(0, 4000, { message: 'summary must be at most 4000 characters' })
  summary?: string | null;
  @Field(() => Int, { nullable: true, description: 'Position (1-based); at the end of its section when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number | null;
  @Field(() => ID, { nullable: true, description: 'Presenting cadre.' }) presenterCadreId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Presenting department.' }) presenterDepartmentId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Department proposed for coordination.' }) proposedDepartmentId?: number | null;
}

@InputType({ description: 'Changes to an agenda item; omitted fields stay, null clears.' })
export class UpdateAgendaItemInput {
  @Field(() => AgendaSectionEnum, { nullable: true, description: 'Section.' }) section?: AgendaSection | null;
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional()
  @Length(0, 4000, { message: 'summary must be at most 4000 characters' })
  summary?: string | null;
  @Field(() => ID, { nullable: true, description: 'Presenting cadre (clears the presenting department).' }) presenterCadreId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Presenting department (clears the presenting cadre).' }) presenterDepartmentId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Department proposed for coordination.' }) proposedDepartmentId?: number | null;
}

@InputType({ description: 'Minutes of one agenda item.' })
export class AgendaItemMinutesInput {
  @Field(() => ID, { description: 'The agenda item.' }) agendaItemId!: number;
  @Field(() => String, { nullable: true, description: 'What was said and agreed; empty or null when the item has no minutes of its own.' })
  @IsOptional()
  @Length(0, 8000, { message: 'minutes must be at most 8000 characters' })
  minutes?: string | null;
}

@InputType({ description: "The meeting's minutes (会议纪要), overall and per item; the agenda must be finalised." })
export class RecordMinutesInput {
  @Field(() => ID, { description: 'The meeting.' }) meetingId!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Day it was held (kept when omitted).' }) heldOn?: string | null;
  @Field(() => String, { description: 'Minutes of the meeting.' })
  @Length(1, 20000, { message: 'minutes must be 1 to 20000 characters' })
  minutes!: string;
  @Field(() => [AgendaItemMinutesInput], { nullable: true, description: 'Minutes per agenda item.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  items?: AgendaItemMinutesInput[] | null;
}

@InputType({ description: 'An action item of a decision: one owner (cadre or department), a deadline.' })
export class NewActionItemInput {
  @Field(() => String, { description: 'What is to be done.' })
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title!: string;
  @Field(() => ID, { nullable: true, description: 'Owning cadre (give this or ownerDepartmentId).' }) ownerCadreId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Owning department (give this or ownerCadreId).' }) ownerDepartmentId?: number | null;
  @Field(() => DateScalar, { description: 'Deadline; not before the meeting month.' }) deadline!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When to review it next.' }) nextReviewOn?: string | null;
}

@InputType({ description: 'A decision of a meeting with the action items it creates.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The meeting (agenda finalised).' }) meetingId!: number;
  @Field(() => ID, { nullable: true, description: 'The agenda item it decides on.' }) agendaItemId?: number | null;
  @Field(() => String, { description: 'What was decided.' })
  @Length(1, 2000, { message: 'text must be 1 to 2000 characters' })
  text!: string;
  @Field(() => [NewActionItemInput], { description: 'Action items (may be empty).' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  actionItems!: NewActionItemInput[];
}

@InputType({ description: 'A progress report on an action item; omitted fields stay as they are.' })
export class UpdateActionItemInput {
  @Field(() => Int, { nullable: true, description: 'Progress 0–100 %; 100 goes with DONE.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number | null;
  @Field(() => ActionItemStatusEnum, { nullable: true, description: 'New status.' }) status?: ActionItemStatus | null;
  @Field(() => String, { nullable: true, description: 'What was done.' })
  @IsOptional()
  @Length(0, 2000, { message: 'comment must be at most 2000 characters' })
  comment?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When to review it next.' }) nextReviewOn?: string | null;
}

@InputType({ description: 'Conditions on action items; all given ones must hold.' })
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: 'Only items of this township.' }) townshipId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only items decided at this meeting.' }) meetingId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only items owned by this cadre.' }) ownerCadreId?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only items owned by this department.' }) ownerDepartmentId?: number | null;
  @Field(() => [ActionItemStatusEnum], { nullable: true, description: 'Only items in these statuses.' })
  @IsOptional()
  @ArrayUnique()
  status?: ActionItemStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue items; false: only items not overdue.' }) overdue?: boolean | null;
}
