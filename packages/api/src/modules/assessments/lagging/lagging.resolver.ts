import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { LaggingReason } from '@township/shared';
import type { RequestContext } from '../../../graphql/context.js';
import { Connection, PageArgs } from '../../../graphql/connection.js';
import { orgUnitById, VillageType } from '../../org-units/index.js';
import { LaggingReasonEnum } from '../assessment.enums.js';
import { listLaggingSpells } from './lagging.query.js';

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
  @Query(() => LaggingConnection, {
    description: 'Villages in your scope on the lagging list (治理类) — or, with currentOnly false, every entry and exit — newest first.',
  })
  async laggingVillages(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('currentOnly', () => Boolean, { defaultValue: true, description: 'Only villages still on the list.' }) currentOnly: boolean,
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only villages of this township.' }) townshipId: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listLaggingSpells(ctx.em, ctx.scope, { ...page, currentOnly, townshipId });
  }

  @FieldResolver(() => VillageType, { description: 'The village.' })
  village(@Root() spell: LaggingSpellType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(spell.villageId);
  }
}
