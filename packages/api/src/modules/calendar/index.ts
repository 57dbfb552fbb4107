/** The official working-day calendar (节假日安排): public holidays and make-up working days, for time limits. */
import type { FeatureManifest } from '../../features/manifest.js';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { CalendarResolver } from './calendar.resolver.js';

export { CalendarDayEntity } from './calendar-day.entity.js';
export { workCalendarFrom } from './calendar.service.js';

/** The official working-day calendar. */
export const feature: FeatureManifest = { name: 'calendar', resolvers: [CalendarResolver], entities: [CalendarDayEntity] };
