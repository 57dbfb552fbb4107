import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { refId } from '../org-units/index.js';
import type { Decision } from './action-item.entity.js';
import { recordDecision } from './decision.service.js';
import { RecordDecisionInput } from './meeting.inputs.js';
import { actionItemsByDecision, agendaItemById } from './meeting.loaders.js';
import { MEETING_EDITOR_ROLES } from './meeting.resolver.js';
import { ActionItemType, AgendaItemType, DecisionType } from './meeting.type.js';

@Resolver(() => DecisionType)
export class DecisionResolver {
  @Authorized(...MEETING_EDITOR_ROLES)
  @Mutation(() => DecisionType, {
    description: 'Records a decision of a meeting whose agenda is finalised, with the action items it creates (each with one owner and a deadline).',
  })
  recordDecision(@Arg('input', () => RecordDecisionInput, { description: 'The decision.' }) input: RecordDecisionInput, @Ctx() ctx: RequestContext) {
    return recordDecision(ctx.em, ctx.scope, ctx.user, input);
  }

  @FieldResolver(() => AgendaItemType, { nullable: true, description: 'The agenda item it decides on.' })
  agendaItem(@Root() decision: Decision, @Ctx() ctx: RequestContext) {
    const id = refId(decision.agendaItem);
    return id == null ? null : agendaItemById(ctx).load(id);
  }

  @FieldResolver(() => [ActionItemType], { description: 'Its action items.' })
  actionItems(@Root() decision: Decision, @Ctx() ctx: RequestContext) {
    return actionItemsByDecision(ctx).load(decision.id);
  }
}
