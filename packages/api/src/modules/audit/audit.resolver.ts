import { Arg, Args, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Role } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs, pageWindow, selects, toPage } from '../../graphql/connection.js';
import { AuditRecord } from './audit-record.entity.js';
import { AuditFilter, AuditRecordConnection } from './audit-record.type.js';

@Resolver()
export class AuditResolver {
  @Authorized(Role.Admin)
  @Query(() => AuditRecordConnection, { description: 'The audit trail of every change and every sign-in, sign-out and refused sign-in, newest first. Administrators only.' })
  async auditRecords(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'What to narrow to.' }) filter: AuditFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { offset, limit } = pageWindow(page);
    const where = Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v != null));
    const [rows, total] = await Promise.all([
      ctx.em.find(AuditRecord, where, { orderBy: { id: 'desc' }, offset, limit }),
      selects(info, 'totalCount') ? ctx.em.count(AuditRecord, where) : undefined,
    ]);
    return toPage(rows, page, total);
  }
}
