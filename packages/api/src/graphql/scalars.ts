import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isMonth } from '@township/shared';

function stringScalar(name: string, description: string, valid: (value: string) => boolean, example: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !valid(value)) {
      throw new GraphQLError(`${name} must look like ${example}, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
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

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const MonthScalar = stringScalar('Month', 'A calendar month, `YYYY-MM` (e.g. `2026-11`).', isMonth, '"2026-11"');
export const DateScalar = stringScalar('Date', 'A calendar date, `YYYY-MM-DD`.', isDate, '"2026-11-23"');

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC (e.g. `2026-11-23T08:00:00.000Z`).',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return date;
  },
});
