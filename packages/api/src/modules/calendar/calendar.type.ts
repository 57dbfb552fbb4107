import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDayKind } from '@township/shared';
import { byValue } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

export const CalendarDayKindEnum = byValue(CalendarDayKind);
registerEnumType(CalendarDayKindEnum, {
  name: 'CalendarDayKind',
  description: 'How the official calendar changes a day.',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday: not a working day (放假).' },
    WORKDAY: { description: 'A weekend day worked instead of a holiday (调休上班).' },
  },
});

@ObjectType('CalendarDay', { description: 'A public holiday or make-up working day of the official calendar; time limits in working days count through them.' })
export class CalendarDayType {
  @Field(() => DateScalar, { description: 'The day.' }) day!: string;
  @Field(() => CalendarDayKindEnum, { description: 'Holiday or make-up working day.' }) kind!: CalendarDayKind;
  @Field(() => String, { description: 'The holiday it belongs to, e.g. 春节.' }) name!: string;
}

@InputType('CalendarDayInput', { description: 'A public holiday or make-up working day.' })
export class CalendarDayInput {
  @Field(() => DateScalar, { description: 'The day, in the year being set.' }) day!: string;
  @Field(() => CalendarDayKindEnum, { description: 'Holiday or make-up working day (a Saturday or Sunday).' }) kind!: CalendarDayKind;
  @Field(() => String, { description: 'The holiday it belongs to, e.g. 春节.' }) name!: string;
}
