import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import { CalendarDayInput, CalendarDayType } from './calendar.type.js';
import { calendarYear, setCalendarYear } from './calendar.service.js';

@Resolver(() => CalendarDayType)
export class CalendarResolver {
  @Query(() => [CalendarDayType], { description: 'Public holidays and make-up working days (节假日安排) of a year, in date order.' })
  calendarDays(@Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: RequestContext) {
    return calendarYear(ctx.em, year);
  }

  @Authorized(Role.Leader, Role.Office, Role.Admin)
  @Mutation(() => [CalendarDayType], {
    description:
      "Replaces a year's holidays and make-up working days with the State Council's schedule (county-wide users only). New deadlines count through them; complaints already received keep theirs.",
  })
  setCalendarYear(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('days', () => [CalendarDayInput], { description: 'Every holiday and make-up working day of the year; days not listed are ordinary.' })
    days: CalendarDayInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return setCalendarYear(ctx.em, ctx.user, year, days);
  }
}
