/** The official working-day calendar (节假日安排): public holidays and make-up working days, for time limits. */
export { CalendarDayEntity } from './calendar-day.entity.js';
export { workCalendarFrom } from './calendar.service.js';
export { CalendarResolver } from './calendar.resolver.js';
