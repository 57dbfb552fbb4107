// Reporting periods and the IndicatorValueFields fragment shared by overview and villages.
export { useReportingPeriod } from './useReportingPeriod';
export { monthsOf, trendEndingAt, yearEndingAt, type Period } from './reporting-period';
export { trendOf, type SeriesPoint } from './trend';
