import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DomainError, ErrorCode, refusal, isDay, isMonth, isYearInRange, YEAR_RANGE } from '@township/shared';

/** A scalar's refusal; graphql-js wraps it with the variable or literal at fault, the DomainError inside carries the rule. */
const refused = (message: string, reason: 'invalidMonth' | 'invalidDate' | 'invalidDateTime') =>
  new GraphQLError(message, { originalError: new DomainError(ErrorCode.BadUserInput, message, undefined, refusal(reason)) });

function stringScalar(name: 'Month' | 'Date', description: string, valid: (value: string) => boolean, example: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !valid(value)) {
      throw refused(`${name} must look like ${example}, got ${JSON.stringify(value)}`, `invalid${name}` as const);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

const YEARS = `years ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`;

export const MonthScalar = stringScalar('Month', `A calendar month, \`YYYY-MM\` (e.g. \`2026-11\`), ${YEARS}.`, isMonth, `"2026-11" (${YEARS})`);
export const DateScalar = stringScalar('Date', `A calendar date, \`YYYY-MM-DD\`, ${YEARS}.`, isDay, `"2026-11-23" (${YEARS})`);

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant, ISO 8601 in UTC (e.g. \`2026-11-23T08:00:00.000Z\`), ${YEARS}.`,
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()) || !isYearInRange(date.getUTCFullYear())) {
      throw refused(`DateTime must be ISO 8601 (${YEARS}), got ${JSON.stringify(value)}`, 'invalidDateTime');
    }
    return date;
  },
});
