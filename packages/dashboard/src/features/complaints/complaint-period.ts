import { addMonths, currentMonth } from '@township/shared';

export const PERIOD_LENGTHS = [1, 3, 6, 12] as const;
export type PeriodLength = (typeof PERIOD_LENGTHS)[number];

export interface MonthPeriod {
  from: string;
  to: string;
}

/** `length` months ending with `to`. */
export function periodEnding(to: string, length: number): MonthPeriod {
  return { from: addMonths(to, 1 - length), to };
}

/** By default the last complete month ends the period: a month still running would look quiet. */
export function defaultEndMonth(now = new Date()): string {
  return addMonths(currentMonth(now), -1);
}

/** The months of a period, oldest first. */
export function monthsOf(period: MonthPeriod): string[] {
  const months: string[] = [];
  for (let m = period.from; m <= period.to; m = addMonths(m, 1)) months.push(m);
  return months;
}
