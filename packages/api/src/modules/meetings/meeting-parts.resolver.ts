import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { CadreType, cadreById } from '../cadres/index.js';
import { departmentById, DepartmentType } from '../departments/index.js';
import { orgUnitById, refId, TownshipType } from '../org-units/index.js';
import type { MeetingAttendee } from './meeting.entity.js';
import { meetingById } from './meeting.loaders.js';
import { AgendaDraftType, MeetingAttendeeType, MeetingType, NextMeetingType, SupervisionBulletinType } from './meeting.type.js';

@Resolver(() => MeetingAttendeeType)
export class MeetingAttendeeResolver {
  @FieldResolver(() => CadreType, { nullable: true, description: 'The cadre (null for a department).' })
  cadre(@Root() attendee: MeetingAttendee, @Ctx() ctx: RequestContext) {
    const id = refId(attendee.cadre);
    return id == null ? null : cadreById(ctx).load(id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'The department (null for a cadre).' })
  department(@Root() attendee: MeetingAttendee, @Ctx() ctx: RequestContext) {
    const id = refId(attendee.department);
    return id == null ? null : departmentById(ctx).load(id);
  }
}

@Resolver(() => AgendaDraftType)
export class AgendaDraftResolver {
  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() draft: AgendaDraftType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(draft.townshipId);
  }
}

@Resolver(() => SupervisionBulletinType)
export class SupervisionBulletinResolver {
  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() bulletin: SupervisionBulletinType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(bulletin.townshipId);
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting before the bulletin month (whose decisions it follows up).' })
  previousMeeting(@Root() bulletin: SupervisionBulletinType, @Ctx() ctx: RequestContext) {
    return bulletin.previousMeetingId == null ? null : meetingById(ctx).load(bulletin.previousMeetingId);
  }
}

@Resolver(() => NextMeetingType)
export class NextMeetingResolver {
  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() next: NextMeetingType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(next.townshipId);
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting, when it has been created.' })
  meeting(@Root() next: NextMeetingType, @Ctx() ctx: RequestContext) {
    return next.meetingId == null ? null : meetingById(ctx).load(next.meetingId);
  }
}
