import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import { Random } from '../demo/prng.js';

/** One generated request: the operation's document (the same for every case of a field), its variables, and what was broken. */
export interface FuzzCase {
  document: string;
  variables: Record<string, unknown>;
  broken: string;
}

type Json = unknown;
const OMIT = Symbol('omit');

const LONG = 'x'.repeat(100_000);
const TEXTS = [
  '',
  ' ',
  ' \t\n ',
  'a\u0000b',
  '\u0000',
  'esc\u001b[31m',
  'del\u007f',
  'half \ud800 surrogate',
  LONG,
  '测'.repeat(5_000),
  "' or 1=1 --",
  '%_\\',
  '<script>',
];
const BAD_BY_TYPE: Record<string, Json[]> = {
  ID: [
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e3',
    '0x10',
    '-1',
    '0',
    '00',
    '012',
    '1.5',
    ' 1',
    '1 ',
    '',
    '\u00001',
    '2147483648',
    '99999999999999999999',
    1.5,
    -3,
    2 ** 31,
    2 ** 53 + 2,
    true,
  ],
  String: TEXTS,
  Int: [-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648, 1.5, '1', 1e20, -1e20],
  Float: [-1, 0, -1e308, 1e308, 5e-324, '1.5', -0.5],
  Boolean: ['true', 0, 1],
  Date: ['0000-01-01', '9999-12-31', '2026-13-01', '2026-02-30', '2026-1-1', '', '1899-12-31', '2101-01-01', '2026-10-15T00:00:00Z', 20261015],
  Month: ['0000-01', '9999-12', '2026-13', '2026-00', '2026-1', '2026-10-01', '', '1899-12', '2101-01', 202610],
  DateTime: ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'nope', '', 1e15, '2026-10-01T00:00:00+08:00', '+275760-09-13T00:00:00Z'],
  JSONObject: ['text', [], 1, { deep: { deeper: { deepest: [null] } } }],
};
const GENERIC: Json[] = [null, OMIT, 'abc', '', -1, 1.5, true, {}, [], LONG];

/** A value of the right type, plausible enough to get past the first checks, so the broken part is what gets tested. */
export function plausible(type: GraphQLInputType, name: string, random: Random, depth = 0): Json {
  if (isNonNullType(type)) return plausible(type.ofType, name, random, depth);
  if (isListType(type)) return Array.from({ length: random.int(1, 2) }, () => plausible(type.ofType, name, random, depth + 1));
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const object: Record<string, Json> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && random.chance(0.5))) object[field.name] = plausible(field.type, field.name, random, depth + 1);
    }
    return object;
  }
  return plausibleScalar(type.name, name, random);
}

function plausibleScalar(scalar: string, name: string, random: Random): Json {
  const key = name.toLowerCase();
  switch (scalar) {
    case 'ID':
      return String(random.int(1, 12));
    case 'Int':
      return key === 'first' ? random.int(1, 20) : key.includes('year') ? 2026 : random.int(0, 12);
    case 'Float':
      return random.float(0, 100);
    case 'Boolean':
      return random.chance(0.5);
    case 'Date':
      return `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    case 'Month':
      return `2026-${String(random.int(1, 11)).padStart(2, '0')}`;
    case 'DateTime':
      return new Date(Date.now() - random.int(1, 72) * 3_600_000).toISOString();
    case 'JSONObject':
      return {};
    default:
      return plausibleText(key, random);
  }
}

function plausibleText(key: string, random: Random): string {
  if (key.includes('phone')) return `1380013${String(random.int(1000, 9999))}`;
  if (key.includes('period') || key.includes('month')) return `2026-${String(random.int(1, 11)).padStart(2, '0')}`;
  if (key === 'code' || key.endsWith('code')) return random.pick(['371199001099', 'A1', 'B2', 'Q1']);
  if (key === 'username') return random.pick(['leader', 'office', 'nobody']);
  return random.pick(['测试内容说明', '检查记录：已核实', 'Follow-up done', '村民反映情况属实']);
}

function bad(type: GraphQLInputType, random: Random): Json {
  const named = getNamedType(type);
  const own =
    isInputObjectType(named) || isListType(isNonNullType(type) ? type.ofType : type)
      ? []
      : (BAD_BY_TYPE[named.name] ?? (isEnumType(named) ? ['NOPE', '', 'x', 1] : []));
  return random.chance(0.75) && own.length ? random.pick(own) : random.pick(GENERIC);
}

/** Breaks one object: a required field dropped, an unknown field added, or one field (maybe deep) broken. */
function breakObject(type: GraphQLInputType, value: Record<string, Json>, path: string, random: Random): string {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return path;
  const fields = Object.values(named.getFields());
  const roll = random.next();
  if (roll < 0.08) {
    value.bogusField = 'x';
    return `${path}.bogusField`;
  }
  const field = random.pick(fields);
  if (roll < 0.16 && isNonNullType(field.type)) {
    delete value[field.name];
    return `${path}.${field.name} (missing)`;
  }
  return breakAt(field.type, value, field.name, `${path}.${field.name}`, random);
}

/** Replaces `holder[key]` (of `type`) with something wrong, or goes one level deeper and breaks a part of it. */
function breakAt(type: GraphQLInputType, holder: Record<string, Json>, key: string, path: string, random: Random): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (random.chance(0.55)) {
    if (isInputObjectType(inner)) {
      const object = (typeof holder[key] === 'object' && holder[key] !== null ? holder[key] : plausible(inner, key, random)) as Record<string, Json>;
      holder[key] = object;
      return breakObject(inner, object, path, random);
    }
    if (isListType(inner)) {
      const list = Array.isArray(holder[key]) ? (holder[key] as Json[]) : [plausible(inner.ofType, key, random)];
      holder[key] = list;
      const roll = random.next();
      if (roll < 0.15) {
        holder[key] = [];
        return `${path} (empty list)`;
      }
      if (roll < 0.25) {
        holder[key] = Array.from({ length: 2_000 }, () => list[0]);
        return `${path} (2,000 items)`;
      }
      return breakAt(inner.ofType, list as unknown as Record<string, Json>, '0', `${path}.0`, random);
    }
  }
  const value = bad(type, random);
  if (value === OMIT) delete holder[key];
  else holder[key] = value;
  return `${path} = ${describe(value)}`;
}

const describe = (value: Json) =>
  value === OMIT ? '(missing)' : typeof value === 'string' && value.length > 40 ? `"${value.slice(0, 12)}…" (${value.length} chars)` : JSON.stringify(value);

/** A selection of the field's result: its plain fields and those of its objects, a few levels down, skipping fields that need arguments. */
function selection(type: GraphQLOutputType, depth: number, budget: { left: number }): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth > 3) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (budget.left <= 0) break;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    budget.left--;
    const sub = selection(field.type, depth + 1, budget);
    if (sub !== '{ __typename }') parts.push(sub ? `${field.name} ${sub}` : field.name);
  }
  return `{ ${parts.join(' ')} }`;
}

/** The operation that calls one root field with every argument as a variable. */
export function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type, 0, { left: 40 })} }`;
}

/**
 * `count` requests for one root field, the same for the same seed: each starts from plausible
 * arguments and breaks one thing (an argument, a nested field, a list, a required field left out,
 * an unknown field), with the values that have hurt before: ids like "abc", "1e3", "0x10", 2^31;
 * texts that are blank, hold NUL or a lone surrogate, or run to 100,000 characters; years 0000
 * and 9999; negative and huge numbers; unknown enum values. A case in ten breaks everything at once.
 */
export function badInputs(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, count: number, seed: number): FuzzCase[] {
  const random = new Random(seed).fork(`${kind}.${field.name}`);
  const document = documentFor(kind, field);
  return Array.from({ length: count }, () => {
    const variables: Record<string, Json> = {};
    for (const arg of field.args) {
      if (isNonNullType(arg.type) || random.chance(0.5)) variables[arg.name] = plausible(arg.type, arg.name, random);
    }
    if (!field.args.length) return { document, variables, broken: '(no arguments)' };
    const targets = random.chance(0.1) ? field.args : [random.pick(field.args)];
    const broken = targets.map((arg) => breakAt(arg.type, variables, arg.name, arg.name, random));
    return { document, variables, broken: broken.join('; ') };
  });
}
