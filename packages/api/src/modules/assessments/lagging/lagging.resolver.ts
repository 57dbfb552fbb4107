import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { LaggingReason } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs, selects, toPage } from '../../../graphql/connection.js';
import { orgUnitById, VillageType } from '../../org-units/index.js';
import { LaggingReasonEnum } from '../assessment.enums.js';
import { sqlPage } from '../paging.js';

@ObjectType('LaggingSpell', { description: 'A spell of a village on the lagging list (治理类): entry, reasons, exit.' })
export class LaggingSpellType {
  villageId!: number;
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => String, { description: 'Quarter it entered.' }) enteredPeriod!: string;
  @Field(() => [LaggingReasonEnum], { description: 'Why it entered.' }) reasons!: LaggingReason[];
  @Field(() => String, { nullable: true, description: 'Quarter it left; null while still on the list.' }) exitedPeriod!: string | null;
}

const LaggingConnection = Connection(LaggingSpellType, 'LaggingSpell', 'A page of lagging-list spells.');

@Resolver(() => LaggingSpellType)
export class LaggingResolver {
  @Query(() => LaggingConnection, { description: 'Villages in your scope on the lagging list (治理类) — or, with currentOnly false, every entry and exit — newest first.' })
  async laggingVillages(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('currentOnly', () => Boolean, { defaultValue: true, description: 'Only villages still on the list.' }) currentOnly: boolean,
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only villages of this township.' }) townshipId: number | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const [scopeSql, scopeParams] = ctx.scope.sql('v');
    const where = [scopeSql, ...(currentOnly ? ['l.exited_period is null'] : []), ...(townshipId != null ? ['v.parent_id = ?'] : [])];
    const params = [...scopeParams, ...(townshipId != null ? [Number(townshipId)] : [])];
    const { rows, totalCount } = await sqlPage<{ id: number; village_id: number; entered_period: string; reasons: LaggingReason[]; exited_period: string | null }>(ctx.em,
      'l.id, l.village_id, l.entered_period, l.reasons, l.exited_period',
      `from assessment_lagging l join org_unit v on v.id = l.village_id where ${where.join(' and ')}`,
      'l.entered_period desc, v.name, l.id', params, page, selects(info, 'totalCount'));
    return toPage(rows.map((r) => ({ id: r.id, villageId: r.village_id, enteredPeriod: r.entered_period, reasons: r.reasons, exitedPeriod: r.exited_period })), page, totalCount);
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() spell: LaggingSpellType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(spell.villageId);
  }
}
