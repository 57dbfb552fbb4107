import { beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { ErrorCode } from '@township/shared';
import { Random } from '../demo/prng.js';
import { documentFor, plausible } from '../fuzz/bad-inputs.js';
import { seedComplaints } from '../modules/complaints/complaints.fixture.js';
import { withSmallCounty } from '../test/fixtures.js';
import { callerAs } from '../test/graphql.js';
import { schema } from './schema.js';

/**
 * Every root query field, called by the officer of 东一村 with the ids of what lies outside their
 * village (the other villages, the other township, and records of those), and with the ids of the
 * units above them (whose identity they may see, not their figures): nothing from outside may come
 * back, whatever the field answers (NOT_FOUND, FORBIDDEN, an empty list, null, or rows of 东一村).
 * A new root field is called here the day it is added, so one that forgets the scope fails.
 */
const county = withSmallCounty();
const officer = callerAs('village', () => county.db.orm);

/** Written into every text of the records created outside the scope, so any of them is easy to spot in an answer. */
const MARK = '界外';
/** Names that only belong outside 东一村: the other units and the complainants of the other villages. */
const OUTSIDE_NAMES = ['东二村', '西一村', '西乡', '李乙', '王丙', '赵丁', MARK];

interface Outside {
  /** Ids of units outside the scope (not above it). */
  units: number[];
  /** Ids of records outside the scope, by the GraphQL type that shows them. */
  records: Record<string, number[]>;
  /** Every id worth trying in an ID argument. */
  candidates: number[];
}
let outside: Outside;

beforeAll(async () => {
  const { ids } = county;
  const complaints = await seedComplaints(county.db.orm, ids);
  const conn = county.db.orm.em.getConnection();
  const insert = async (statement: string, params: unknown[]) => Number((await conn.execute(`${statement} returning id`, params))[0].id);
  const cadre = await insert(
    `insert into cadre (name, gender, unit_id, roles, phone, created_at, updated_at) values (?, 'FEMALE', ?, '{VILLAGE_OFFICER}', '13800000009', now(), now())`,
    [`${MARK}孙`, ids.west1Id],
  );
  const meeting = await insert(
    `insert into meeting (township_id, county_id, month, status, agenda_version, created_at, updated_at) values (?, ?, '2026-10', 'DRAFT', 0, now(), now())`,
    [ids.westId, ids.countyId],
  );
  const decision = await insert(`insert into meeting_decision (meeting_id, text, created_by, created_at) values (?, ?, 'office', now())`, [
    meeting,
    `${MARK}决定`,
  ]);
  const actionItem = await insert(
    `insert into action_item (decision_id, meeting_id, township_id, county_id, title, owner_cadre_id, deadline, status, progress, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, '2026-11-30', 'OPEN', 0, now(), now())`,
    [decision, meeting, ids.westId, ids.countyId, `${MARK}事项`, cadre],
  );
  const round = await insert(
    `insert into evaluation_round (org_unit_id, county_id, name, year, held_on, created_at) values (?, ?, ?, 2026, '2026-10-20', now())`,
    [ids.westId, ids.countyId, `${MARK}测评`],
  );
  const campaign = await insert(
    `insert into survey_campaign (organiser_id, county_id, name, year, scale, status, started_on, created_at) values (?, ?, ?, 2026, 'FIVE_LEVEL', 'OPEN', '2026-10-01', now())`,
    [ids.westId, ids.countyId, `${MARK}调查`],
  );
  const outsideComplaints = [4, 5, 6, 9].map((n) => complaints.ids[n - 1]);
  const units = [ids.east2Id, ids.westId, ids.west1Id];
  const records = {
    Complaint: outsideComplaints,
    Complainant: outsideComplaints,
    Cadre: [cadre],
    Meeting: [meeting],
    ActionItem: [actionItem],
    EvaluationRound: [round],
    SurveyCampaign: [campaign],
  };
  outside = { units, records, candidates: [...new Set([...units, ids.eastId, ids.countyId, ...Object.values(records).flat()])] };
});

/** A value for an argument that gets past the first checks: the fixture's months and years, ten rows a page. */
function valueFor(type: GraphQLInputType, name: string, id: number, random: Random): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, name, id, random)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || holdsId(field.type)) value[field.name] = valueFor(field.type, field.name, id, random);
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (!isScalarType(inner)) return null;
  const key = name.toLowerCase();
  switch (inner.name) {
    case 'ID':
      return String(id);
    case 'Int':
      return key === 'first' ? 10 : key.includes('year') ? 2026 : 1;
    case 'Month':
      return key === 'from' ? '2026-09' : '2026-10';
    case 'Date':
      return '2026-10-15';
    case 'Boolean':
      return false;
    case 'String':
      return key.includes('period') ? '2026-Q4' : key.includes('month') ? '2026-10' : plausible(inner, name, random);
    default:
      return plausible(inner, name, random);
  }
}

/** Whether an argument's type has an ID anywhere in it (an id argument, or a filter naming a unit or record). */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsId(field.type, seen));
}

const variablesFor = (args: readonly GraphQLArgument[], id: number, random: Random) =>
  Object.fromEntries(args.filter((arg) => isNonNullType(arg.type) || holdsId(arg.type)).map((arg) => [arg.name, valueFor(arg.type, arg.name, id, random)]));

/**
 * Links along which an answer may name a unit outside the scope, by design: a cadre seen through
 * an assignment inside the scope (a township cadre stationed in the village, now or before) shows
 * the unit they belong to.
 */
const IDENTITY_LINKS = new Set(['Cadre.unit']);

/** What in an answer comes from outside the scope: a unit or record of outside by its id, or a name only outside has. */
function leaks(data: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') for (const name of OUTSIDE_NAMES) if (value.includes(name)) found.push(`the name ${name} at ${path}`);
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}.${i}`));
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const typename = String(object.__typename ?? '');
    const id = Number(object.id);
    if (['Village', 'Township', 'OrgUnit'].includes(typename) && outside.units.includes(id)) found.push(`${typename} ${id} at ${path}`);
    if (outside.records[typename]?.includes(id)) found.push(`${typename} ${id} at ${path}`);
    for (const [key, field] of Object.entries(object)) {
      if (IDENTITY_LINKS.has(`${typename}.${key}`)) continue;
      if (/^(village|township|orgUnit|unit|parent)Id$/.test(key) && outside.units.includes(Number(field))) found.push(`${key} ${String(field)} at ${path}`);
      visit(field, `${path}.${key}`);
    }
  };
  visit(data, '');
  return found;
}

describe('every root query field, asked by a village officer about what lies outside their village', async () => {
  const fields = Object.values((await schema()).getQueryType()!.getFields());

  it('covers the whole schema', () => {
    expect(fields.length).toBeGreaterThan(50);
  });

  it.each(fields.map((field) => [field.name, field] as const))('%s gives nothing from outside', async (_, field) => {
    const random = new Random(15).fork(field.name);
    const document = documentFor('query', field);
    const ids = field.args.some((arg) => holdsId(arg.type)) ? outside.candidates : [0];
    for (const id of ids) {
      const result = await officer.run(document, variablesFor(field.args, id, random));
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, `${field.name} with id ${id}: ${JSON.stringify(result.errors)}`).not.toContain(ErrorCode.Internal);
      expect(leaks(result.data), `${field.name} with id ${id}`).toEqual([]);
    }
  });
});
