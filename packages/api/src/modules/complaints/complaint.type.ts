import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  AccountabilityMeasure,
  AccountabilityReason,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintEventKind,
  ComplaintLevel,
  ComplaintStatus,
  ComplaintUrgency,
  Role,
  Satisfaction,
  TimeLimitUnit,
} from '@township/shared';
import { Connection } from '../../graphql/connection.js';
import { RoleEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import {
  AccountabilityMeasureEnum,
  AccountabilityReasonEnum,
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintEventKindEnum,
  ComplaintLevelEnum,
  ComplaintStatusEnum,
  ComplaintUrgencyEnum,
  SatisfactionEnum,
  TimeLimitUnitEnum,
} from './complaint.enums.js';

/**
 * The complaint as GraphQL shows it. The entity's identity columns have no field here: the
 * complainant's name, phone and ID number are field resolvers that mask them for anyone but
 * leaders, office staff and the complaint's owner (complaint.resolver.ts).
 */
@ObjectType('Complaint', { description: 'A complaint, report, consultation or petition (信访件), with its handling and deadlines.' })
export class ComplaintType {
  @Field(() => ID, { description: 'Stable identifier; also the reference number given to the complainant.' })
  id!: number;

  @Field(() => ComplaintChannelEnum, { description: 'Where it came in.' })
  channel!: ComplaintChannel;

  @Field(() => ComplaintCategoryEnum, { description: 'What it is about.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintUrgencyEnum, { description: 'How fast it must be answered; picked the reply deadline.' })
  urgency!: ComplaintUrgency;

  @Field(() => ComplaintLevelEnum, { description: 'The highest level the matter has reached (乡镇, 县级, 县级以上).' })
  level!: ComplaintLevel;

  @Field(() => ComplaintStatusEnum, { description: 'Where it stands.' })
  status!: ComplaintStatus;

  @Field(() => String, { description: 'What the complainant says, as registered.' })
  description!: string;

  @Field(() => DateTimeScalar, { description: 'When it was received (the time limits count from here).' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Deadline for accepting it (受理时限).' })
  acceptDueAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Deadline for the reply (答复时限); counted afresh from a reopening.' })
  replyDueAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted.' })
  acceptedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the (latest) reply was given.' })
  repliedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The (latest) reply given to the complainant.' })
  reply?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest follow-up call (回访) was made.' })
  followedUpAt?: Date | null;

  @Field(() => SatisfactionEnum, { nullable: true, description: "The complainant's satisfaction on the latest follow-up call." })
  satisfaction?: Satisfaction | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the complainant said, on the latest follow-up call, that the problem is solved.' })
  resolved?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed (办结); null while open.' })
  closedAt?: Date | null;

  @Field(() => Int, { description: 'How many times it was reopened.' })
  reopenCount!: number;
}

export const ComplaintConnection = Connection(ComplaintType, 'Complaint', 'A page of complaints.');

@ObjectType('ComplaintHandler', { description: 'A user who registers or handles complaints (owner, actor of a step).' })
export class ComplaintHandlerType {
  @Field(() => ID, { description: 'User id.' })
  id!: number;

  @Field(() => String, { description: 'Name to show.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'Their role.' })
  role!: Role;
}

@ObjectType('ComplaintEvent', { description: 'One entry of a complaint’s timeline: who did what and when, with status and owner before and after.' })
export class ComplaintEventType {
  @Field(() => ID, { description: 'Sequence number of the entry.' })
  id!: string;

  @Field(() => ComplaintEventKindEnum, { description: 'What happened.' })
  kind!: ComplaintEventKind;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'Status before the step.' })
  fromStatus?: ComplaintStatus | null;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'Status after the step.' })
  toStatus?: ComplaintStatus | null;

  @Field(() => String, { nullable: true, description: 'What the step needed said: the reply, the reason for a hand-over or reopening, follow-up notes.' })
  note?: string | null;

  @Field(() => SatisfactionEnum, { nullable: true, description: 'The answer recorded by a follow-up call.' })
  satisfaction?: Satisfaction | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a follow-up call found the problem solved.' })
  resolved?: boolean | null;

  @Field(() => ComplaintLevelEnum, { nullable: true, description: 'The level recorded by an escalation.' })
  level?: ComplaintLevel | null;
}

@ObjectType('ComplaintAccountability', { description: 'An accountability record (责任追究) against whoever held a complaint when it went wrong.' })
export class ComplaintAccountabilityType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => AccountabilityReasonEnum, { description: 'Why it was opened.' })
  reason!: AccountabilityReason;

  @Field(() => String, { nullable: true, description: 'Details, e.g. how late the step was.' })
  note?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was opened.' })
  recordedAt!: Date;

  @Field(() => AccountabilityMeasureEnum, { nullable: true, description: 'The measure decided; null while awaiting a decision.' })
  measure?: AccountabilityMeasure | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the measure was decided.' })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the measure was chosen.' })
  decisionNote?: string | null;
}

export const ComplaintAccountabilityConnection = Connection(
  ComplaintAccountabilityType,
  'ComplaintAccountability',
  'A page of accountability records, newest first.',
);

@ObjectType('Complainant', { description: "A person's file (一人一档): every complaint of the same person, recognised by phone or ID number." })
export class ComplainantType {
  @Field(() => ID, {
    description:
      'The file as you see it: the reference number of their first complaint in your scope. Files are kept county-wide, so a ' +
      'county-wide number would tell whether a phone or ID number has complaints outside your scope; this one tells nothing beyond what you see.',
  })
  id!: number;

  /** The county-wide file behind it; never shown. */
  fileId!: number;
}

@ObjectType('TimeLimit', { description: 'A time limit: an amount of hours or working days.' })
export class TimeLimitType {
  @Field(() => Int, { description: 'How many.' })
  amount!: number;

  @Field(() => TimeLimitUnitEnum, { description: 'Of what.' })
  unit!: TimeLimitUnit;
}

@ObjectType('ComplaintTimeLimit', { description: 'The time limits (限时办结制) in force for one category and urgency.' })
export class ComplaintTimeLimitType {
  @Field(() => ComplaintCategoryEnum, { description: 'The category.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintUrgencyEnum, { description: 'The urgency.' })
  urgency!: ComplaintUrgency;

  @Field(() => TimeLimitType, { description: 'From receipt to acceptance.' })
  accept!: TimeLimitType;

  @Field(() => TimeLimitType, { description: 'From receipt (or reopening) to the reply.' })
  reply!: TimeLimitType;

  @Field(() => Boolean, { description: 'True when the county set this limit itself; false for the common default.' })
  configured!: boolean;
}
