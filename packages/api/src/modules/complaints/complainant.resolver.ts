import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { complaintById, personStats, type PersonStats } from './complaint.loaders.js';
import { fileIdOf, listComplaints } from './complaint.service.js';
import { ComplainantType, ComplaintConnection } from './complaint.type.js';
import { maskIdentity, seesIdentity } from './identity.js';

async function stats(ctx: RequestContext, person: ComplainantType): Promise<PersonStats> {
  const found = await personStats(ctx).load(person.fileId);
  if (!found) throw notFound('Complainant', person.id);
  return found;
}

/** A file under the id this viewer knows it by (the first of its complaints they can see). */
export async function fileAsSeen(ctx: RequestContext, fileId: number): Promise<ComplainantType> {
  const person = { id: 0, fileId };
  person.id = (await stats(ctx, person)).firstId;
  return person;
}

/** The person file (一人一档): reachable by id when at least one of the person's complaints is in your scope. */
@Resolver(() => ComplainantType)
export class ComplainantResolver {
  @Query(() => ComplainantType, { description: "A person's file; NOT_FOUND unless one of their complaints is in your scope." })
  async complainant(@Arg('id', () => ID, { description: 'The file id as you see it (Complaint.complainant.id).' }) id: number, @Ctx() ctx: RequestContext) {
    const fileId = await fileIdOf(ctx.em, ctx.scope, id);
    if (fileId == null) throw notFound('Complainant', id);
    return fileAsSeen(ctx, fileId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name on their latest complaint you can see. Personal data: masked unless you are a leader, office staff or that complaint’s owner.',
  })
  async name(@Root() person: ComplainantType, @Ctx() ctx: RequestContext) {
    const latest = await complaintById(ctx).load((await stats(ctx, person)).latestId);
    if (!latest?.complainantName) return null;
    return seesIdentity(ctx.user, latest.owner.id) ? latest.complainantName : maskIdentity('name', latest.complainantName);
  }

  @FieldResolver(() => Int, { description: 'How many of their complaints you can see.' })
  async complaintCount(@Root() person: ComplainantType, @Ctx() ctx: RequestContext) {
    return (await stats(ctx, person)).count;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When their first complaint you can see was received.' })
  async firstReceivedAt(@Root() person: ComplainantType, @Ctx() ctx: RequestContext) {
    return (await stats(ctx, person)).firstReceivedAt;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When their latest complaint you can see was received.' })
  async lastReceivedAt(@Root() person: ComplainantType, @Ctx() ctx: RequestContext) {
    return (await stats(ctx, person)).lastReceivedAt;
  }

  @FieldResolver(() => ComplaintConnection, { description: 'Their complaints you can see, newest first.' })
  async complaints(@Root() person: ComplainantType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return listComplaints(ctx.em, ctx.scope, ctx.user, { ...page, filter: { complainantId: person.id } });
  }
}
