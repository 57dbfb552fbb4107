import { addMonths } from '@township/shared';

export interface Period {
  from: string;
  to: string;
}

/** The 12 months ending at `latestMonth`: the period the figures and rankings are read over. */
export function yearEndingAt(latestMonth: string): Period {
  return { from: addMonths(latestMonth, -11), to: latestMonth };
}

/** 24 months ending at `latestMonth`: long enough to see this year against last year. */
export function trendEndingAt(latestMonth: string): Period {
  return { from: addMonths(latestMonth, -23), to: latestMonth };
}

/** Every month of a period, oldest first, so a chart has a slot even for a month with no data. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let month = period.from; month <= period.to; month = addMonths(month, 1)) months.push(month);
  return months;
}
