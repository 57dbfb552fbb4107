import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { CalendarDayKind } from '@township/shared';

/**
 * A day the official calendar moves: a public holiday, or a weekend day worked instead (调休).
 * National, not per county: the State Council publishes one schedule a year. Time limits in
 * working days count through it.
 */
@Entity({ tableName: 'calendar_day' })
export class CalendarDayEntity {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Enum({ items: () => Object.values(CalendarDayKind), nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
