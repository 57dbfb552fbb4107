import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ComplaintEvent } from './complaint-event.entity.js';
import { handlerById } from './complaint.loaders.js';
import { ComplaintEventType, ComplaintHandlerType } from './complaint.type.js';

const load = (ctx: RequestContext, user: { id: number } | null | undefined) => (user ? handlerById(ctx).load(user.id) : null);

@Resolver(() => ComplaintEventType)
export class ComplaintEventResolver {
  @FieldResolver(() => ComplaintHandlerType, { nullable: true, description: 'Who did it; null for what the system recorded by itself.' })
  actor(@Root() e: ComplaintEvent, @Ctx() ctx: RequestContext) {
    return load(ctx, e.actor);
  }

  @FieldResolver(() => ComplaintHandlerType, { nullable: true, description: 'The owner before a hand-over.' })
  fromOwner(@Root() e: ComplaintEvent, @Ctx() ctx: RequestContext) {
    return load(ctx, e.fromOwner);
  }

  @FieldResolver(() => ComplaintHandlerType, { nullable: true, description: 'The owner after a registration or hand-over.' })
  toOwner(@Root() e: ComplaintEvent, @Ctx() ctx: RequestContext) {
    return load(ctx, e.toOwner);
  }
}
