import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { AuditFilter, AuditRecordConnection } from './audit-record.type.js';
import { listAuditRecords } from './audit.service.js';

@Resolver()
export class AuditResolver {
  @Authorized(Role.Admin)
  @Query(() => AuditRecordConnection, {
    description: 'The audit trail of every change and every sign-in, sign-out and refused sign-in, newest first. Administrators only.',
  })
  async auditRecords(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'What to narrow to.' }) filter: AuditFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listAuditRecords(ctx.em, filter ?? {}, page);
  }
}
