import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import {
  AccountabilityMeasure,
  AccountabilityReason,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintLevel,
  ComplaintStatus,
  ComplaintUrgency,
  Satisfaction,
  TimeLimitUnit,
} from '@township/shared';
import { SortDirection } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import {
  AccountabilityMeasureEnum,
  AccountabilityReasonEnum,
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintLevelEnum,
  ComplaintStatusEnum,
  ComplaintUrgencyEnum,
  SatisfactionEnum,
  TimeLimitUnitEnum,
} from './complaint.enums.js';

@InputType({ description: 'Narrows a list of complaints; all given conditions must hold.' })
export class ComplaintFilter {
  @Field(() => [ComplaintStatusEnum], { nullable: true, description: 'Only complaints in one of these statuses.' })
  status?: ComplaintStatus[];

  @Field(() => [ComplaintCategoryEnum], { nullable: true, description: 'Only complaints of one of these categories.' })
  category?: ComplaintCategory[];

  @Field(() => [ComplaintChannelEnum], { nullable: true, description: 'Only complaints that came in through one of these channels.' })
  channel?: ComplaintChannel[];

  @Field(() => ComplaintLevelEnum, { nullable: true, description: 'Only complaints that reached exactly this level.' })
  level?: ComplaintLevel;

  @Field(() => ID, { nullable: true, description: 'Only complaints of villages in this unit (a township or a village).' })
  orgUnitId?: number;

  @Field(() => Boolean, { nullable: true, description: 'True: only open complaints past their acceptance or reply deadline; false: only the others.' })
  overdue?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Only complaints received on or after this day (China time).' })
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only complaints received on or before this day (China time).' })
  receivedTo?: string;

  @Field(() => ID, { nullable: true, description: 'Only complaints held by this user.' })
  ownerId?: number;

  @Field(() => Boolean, { nullable: true, description: 'True: only complaints you hold.' })
  mine?: boolean;

  @Field(() => ID, { nullable: true, description: "Only this person's complaints (their file, 一人一档)." })
  complainantId?: number;

  @Field(() => Boolean, { nullable: true, description: 'True: only complaints of people with more than one complaint in your scope.' })
  repeat?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'True: only complaints flagged at intake as a possible duplicate.' })
  possibleDuplicate?: boolean;

  @Field(() => String, { nullable: true, description: 'Only complaints whose description contains this text.' })
  @IsOptional()
  @Length(0, 100)
  search?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only complaints of the person with this phone. Matched by keyed hash; outside leaders and office staff it matches only complaints you hold, so it confirms nobody's number.",
  })
  @IsOptional()
  @Length(0, 30)
  complainantPhone?: string;

  @Field(() => String, { nullable: true, description: 'Only complaints of the person with this ID number; restricted like complainantPhone.' })
  @IsOptional()
  @Length(0, 30)
  complainantIdNumber?: string;
}

export const ComplaintOrderField = { RECEIVED_AT: 'RECEIVED_AT', REPLY_DUE_AT: 'REPLY_DUE_AT' } as const;
export type ComplaintOrderField = (typeof ComplaintOrderField)[keyof typeof ComplaintOrderField];
registerEnumType(ComplaintOrderField, {
  name: 'ComplaintOrderField',
  description: 'What to sort complaints by.',
  valuesConfig: { RECEIVED_AT: { description: 'When received.' }, REPLY_DUE_AT: { description: 'Reply deadline (the most pressing first when ascending).' } },
});

@InputType({ description: 'Sort order of a complaint list; newest first when omitted.' })
export class ComplaintOrder {
  @Field(() => ComplaintOrderField, { description: 'The sort key.' })
  field!: ComplaintOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'A complaint as taken in. Whoever registers it owns it (首问责任制). Leave the complainant blank for an anonymous one.' })
export class RegisterComplaintInput {
  @Field(() => ID, { description: 'The village the matter concerns.' })
  villageId!: number;

  @Field(() => ComplaintChannelEnum, { description: 'Where it came in.' })
  channel!: ComplaintChannel;

  @Field(() => ComplaintCategoryEnum, { description: 'What it is about.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintUrgencyEnum, { defaultValue: ComplaintUrgency.General, description: 'How fast it must be answered.' })
  urgency: ComplaintUrgency = ComplaintUrgency.General;

  @Field(() => ComplaintLevelEnum, {
    defaultValue: ComplaintLevel.Township,
    description:
      'The highest level it has already reached (a petition forwarded from the county is COUNTY; ABOVE_COUNTY vetoes the village’s assessment at once).',
  })
  level: ComplaintLevel = ComplaintLevel.Township;

  @Field(() => String, { description: 'What the complainant says: 5 to 2,000 characters.' })
  @Length(5, 2000, { message: 'description must be 5 to 2,000 characters' })
  description!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was received (a letter opened yesterday); now when omitted. Not in the future, at most 90 days back.',
  })
  receivedAt?: Date;

  @Field(() => String, { nullable: true, description: "The complainant's name, when given." })
  @IsOptional()
  @Length(1, 40, { message: 'complainantName must be 1 to 40 characters' })
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone (mobile or landline), when given; spaces, dashes and +86 are ignored.' })
  complainantPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Their 18-character resident ID number, when given; the check character is verified.' })
  complainantIdNumber?: string | null;
}

@InputType({ description: 'What the follow-up call (回访) found.' })
export class FollowUpInput {
  @Field(() => SatisfactionEnum, { description: "The complainant's satisfaction, or UNREACHABLE." })
  satisfaction!: Satisfaction;

  @Field(() => Boolean, { nullable: true, description: 'Whether they say the problem is solved; required unless UNREACHABLE.' })
  resolved?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Notes of the call.' })
  @IsOptional()
  @Length(0, 1000)
  note?: string | null;
}

@InputType({ description: 'Opens an accountability record (责任追究) on an overdue or badly handled complaint.' })
export class RecordAccountabilityInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaintId!: number;

  @Field(() => AccountabilityReasonEnum, { description: 'Why.' })
  reason!: AccountabilityReason;

  @Field(() => String, { description: 'What went wrong, 2 to 1,000 characters.' })
  @Length(2, 1000, { message: 'note must be 2 to 1,000 characters' })
  note!: string;
}

@InputType({ description: "A leader's decision on an accountability record." })
export class DecideAccountabilityInput {
  @Field(() => AccountabilityMeasureEnum, { description: 'The measure.' })
  measure!: AccountabilityMeasure;

  @Field(() => String, { nullable: true, description: 'Why this measure.' })
  @IsOptional()
  @Length(0, 1000)
  note?: string | null;
}

@InputType({ description: 'A time limit: an amount of hours or working days.' })
export class TimeLimitInput {
  @Field(() => Int, { description: 'How many: 1 to 720 hours, or 1 to 60 working days.' })
  @IsInt()
  @Min(1)
  @Max(720)
  amount!: number;

  @Field(() => TimeLimitUnitEnum, { description: 'Of what.' })
  unit!: TimeLimitUnit;
}

@InputType({ description: "Sets the county's own time limits for one category and urgency; complaints already received keep their deadlines." })
export class SetComplaintTimeLimitInput {
  @Field(() => ComplaintCategoryEnum, { description: 'The category.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintUrgencyEnum, { description: 'The urgency.' })
  urgency!: ComplaintUrgency;

  @Field(() => TimeLimitInput, { description: 'From receipt to acceptance.' })
  accept!: TimeLimitInput;

  @Field(() => TimeLimitInput, { description: 'From receipt (or reopening) to the reply; not shorter than the acceptance limit.' })
  reply!: TimeLimitInput;
}
