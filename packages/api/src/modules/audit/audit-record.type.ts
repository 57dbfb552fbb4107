import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Connection } from '../../graphql/connection.js';

@ObjectType('AuditRecord', {
  description:
    'One change made through the API (who, when, what, and the record before and after), or one sign-in, sign-out or refused sign-in (entityType `SignIn`).',
})
export class AuditRecordType {
  @Field(() => ID, { description: 'Sequence number of the record.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed, or the sign-in attempted.' })
  at!: Date;

  @Field(() => String, { description: 'Username of who made the change; for a sign-in, the name typed (which may belong to no one).' })
  username!: string;

  @Field(() => String, { description: 'The mutation that made it, e.g. `recordVillageStatistics`, `login` or `logout`.' })
  action!: string;

  @Field(() => String, { description: 'Kind of record changed, e.g. `Village`; `SignIn` for sign-ins and sign-outs.' })
  entityType!: string;

  @Field(() => String, { description: 'Id of the record changed; for a sign-in, the name typed.' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change (null when created).' })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The record after the change; for a sign-in, `outcome` (SIGNED_IN, SIGNED_OUT, WRONG_PASSWORD, UNKNOWN_USER, DISABLED_USER or THROTTLED), the client `address`, and for THROTTLED the `reason` and how many `refusals` the record stands for.',
  })
  after?: Record<string, unknown> | null;
}

export const AuditRecordConnection = Connection(AuditRecordType, 'AuditRecord', 'A page of audit records, newest first.');

@InputType({ description: 'Narrows the audit trail.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only changes to this kind of record.' })
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'Only changes to this record (with entityType).' })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Only changes by this username.' })
  username?: string;
}
