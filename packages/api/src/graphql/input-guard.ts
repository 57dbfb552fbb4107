import {
  defaultFieldResolver,
  getNamedType,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, isBlank, isYearInRange, textFault, YEAR_RANGE } from '@township/shared';

/** Every id in this schema is a serial `int` key (the bigint tables are never addressed by an argument). */
const MAX_ID = 2_147_483_647;
const ID_TEXT = /^[1-9][0-9]{0,9}$/;

/** Arguments and input fields whose text is kept exactly as typed (a password may start with a space). */
const VERBATIM = new Set(['password']);

const refuseId = (path: string, value: unknown) =>
  badInput(path, `${path} must be the id of a record (a whole number from 1 to ${MAX_ID}), got ${JSON.stringify(value)}`, 'invalidId', { min: 1, max: MAX_ID });

/** `"12"` → 12; anything else ("abc", "NaN", "1e3", "0x10", "-1", "012", 2^31) is refused. */
function checkId(path: string, value: unknown): number {
  const text = String(value);
  if (!ID_TEXT.test(text) || Number(text) > MAX_ID) throw refuseId(path, value);
  return Number(text);
}

const TEXT_FAULTS = { controlCharacter: 'control characters (such as NUL)', malformedText: 'broken characters (a lone UTF-16 surrogate)' };

function checkText(path: string, value: string, required: boolean, name: string): string {
  const fault = textFault(value);
  if (fault) throw badInput(path, `${path} must not hold ${TEXT_FAULTS[fault]}`, fault);
  if (required && isBlank(value)) throw badInput(path, `${path} must not be blank`, 'blank');
  return VERBATIM.has(name) ? value : value.trim();
}

/** In this schema an Int called `year` is always a calendar year; a year like 2^31 would only reach SQL's date functions and fail there. */
function checkYear(path: string, year: number): number {
  if (!isYearInRange(year)) throw badInput(path, `${path} must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`, 'yearOutOfRange', { ...YEAR_RANGE });
  return year;
}

/**
 * One argument value (already coerced by graphql-js) checked against its type: ids become
 * numbers, texts are trimmed; the first value at fault is refused with its path (`input.villageId`,
 * `input.cadreIds.2`).
 */
function checkValue(type: GraphQLInputType, value: unknown, path: string, name: string): unknown {
  if (value == null) return value;
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  if (isListType(inner)) return (value as unknown[]).map((item, index) => checkValue(inner.ofType, item, `${path}.${index}`, name));
  if (inner === GraphQLID) return checkId(path, value);
  if (inner === GraphQLString) return checkText(path, value as string, required, name);
  if (inner === GraphQLInt && name === 'year') return checkYear(path, value as number);
  if (!isInputObjectType(inner)) return value;
  const fields = inner.getFields();
  const checked: Record<string, unknown> = {};
  for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
    checked[key] = checkValue(fields[key].type, fieldValue, `${path}.${key}`, key);
  }
  return checked;
}

/** Whether values of this type can hold an id, a text or a year somewhere inside. */
function holdsGuarded(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (type === GraphQLID || type === GraphQLString || type === GraphQLInt) return true;
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => holdsGuarded(getNamedType(field.type), seen));
}

function checkArgs(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): Record<string, unknown> {
  const checked: Record<string, unknown> = { ...args };
  for (const arg of definitions) {
    if (arg.name in args) checked[arg.name] = checkValue(arg.type, args[arg.name], arg.name, arg.name);
  }
  return checked;
}

/**
 * Checks the arguments of every field before its resolver runs, so no malformed id or text ever
 * reaches a service or SQL: an `ID` must be a positive decimal integer in PostgreSQL's `int` range
 * (and reaches the resolver as a number, as the code declares it), a `String` must hold no
 * control character nor lone surrogate, a required `String!` must not be blank, texts arrive
 * trimmed, and an Int `year` lies in YEAR_RANGE. The failure is a BAD_USER_INPUT naming the
 * argument path, with `reason` `invalidId`, `controlCharacter`, `malformedText`, `blank` or
 * `yearOutOfRange`. It wraps only fields whose arguments can hold one of these.
 * graphql's own scalars are left as they are (the schema text and the dashboard's types do not
 * change); the check runs where the argument's path is known, which a scalar's parser never sees.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => holdsGuarded(getNamedType(arg.type)))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => resolve(root, checkArgs(field.args, args), context, info);
    }
  }
  return schema;
}
