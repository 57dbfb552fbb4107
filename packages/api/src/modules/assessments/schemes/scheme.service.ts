import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  DomainError,
  ErrorCode,
  notFound,
  refusal,
  TOWNSHIP_KINDS,
  OrgUnitKind,
  validateScheme,
  type AssessmentGrade,
  type SchemeDefinition,
} from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { Viewer } from '../../../graphql/viewer.js';
import { page, type PageRequest } from '../../../db/page.js';
import { sql } from '../../../db/sql.js';
import { audit, snapshot } from '../../audit/index.js';
import { countyIdOf, OrgUnit } from '../../org-units/index.js';
import { AssessmentScheme, AssessmentSchemeVersion } from './scheme.entity.js';
import type { SchemeDefinitionType } from './scheme-definition.type.js';
import type { CreateSchemeInput, UpdateSchemeInput } from './scheme.inputs.js';

/** GraphQL shape → stored shape (rewards keyed by grade, ids as numbers), then checked as a whole. */
export function toDefinition(input: SchemeDefinitionType, field: string): SchemeDefinition {
  const rewards = Object.fromEntries(input.rewards.map((r) => [r.grade, { village: r.village, cadre: r.cadre }])) as SchemeDefinition['rewards'];
  for (const grade of ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as AssessmentGrade[]) {
    if (!rewards[grade]) throw badInput(`${field}.rewards`, `no reward rule for ${grade}`, 'noRewardRule');
  }
  const def: SchemeDefinition = {
    items: input.items.map((i) => ({
      ...i,
      indicator: i.indicator ?? null,
      direction: i.direction ?? null,
      targets: i.targets ?? null,
      comprehensive: i.comprehensive ?? false,
    })),
    overrides: input.overrides.map((o) => ({ ...o, villageId: Number(o.villageId) })),
    vetoRules: input.vetoRules.map((v) => ({ ...v })),
    thresholds: { ...input.thresholds },
    qualitativeScale: { ...input.qualitativeScale },
    routineWeight: input.routineWeight,
    publicEvaluationStandIn: { ...input.publicEvaluationStandIn },
    lagging: { ...input.lagging },
    rewards,
  };
  validateScheme(def, field);
  return JSON.parse(JSON.stringify(def)) as SchemeDefinition;
}

/** Stored shape → GraphQL shape. */
export function fromDefinition(def: SchemeDefinition): SchemeDefinitionType {
  return {
    ...def,
    items: def.items.map((i) => ({ ...i, comprehensive: i.comprehensive ?? false })),
    rewards: Object.entries(def.rewards).map(([grade, r]) => ({ grade: grade as AssessmentGrade, ...r })),
  } as SchemeDefinitionType;
}

/** Schemes of the viewer's units and of the units above them (whose rules apply to them too), newest year first. */
export async function listSchemes(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null }) {
  const where = [sql`(${sql.scoped(scope, 'u')} or ${scope.rootPath} like u.path || '%')`];
  if (args.year) where.push(sql`s.year = ${args.year}`);
  return page<Record<string, unknown>, AssessmentScheme>(
    em,
    args,
    {
      select: sql`s.*`,
      from: sql`assessment_scheme s join org_unit u on u.id = s.org_unit_id`,
      where: sql.and(where),
      keyset: [{ by: sql`s.year`, desc: true }, { by: sql`u.path` }, { by: sql`s.id` }],
    },
    (rows) => rows.map((row) => em.map(AssessmentScheme, row)),
  );
}

/** A scheme the viewer may read: the rules of their county or township (identity of units above is visible). */
export async function getScheme(em: EntityManager, scope: Scope, id: number): Promise<AssessmentScheme> {
  const scheme = await em.findOne(AssessmentScheme, { id }, { populate: ['orgUnit'] });
  if (!scheme || !scope.canIdentify(scheme.orgUnit.path)) throw notFound('Assessment scheme', id);
  return scheme;
}

async function editableUnit(em: EntityManager, scope: Scope, id: number, field: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id, ...scope.where() });
  if (!unit || !(unit.kind === OrgUnitKind.County || TOWNSHIP_KINDS.includes(unit.kind))) {
    throw badInput(field, `Unit ${id} is not a county or township in your scope`, 'unitNotCountyOrTownship', { id });
  }
  return unit;
}

function assertFree(existing: AssessmentScheme | null, unit: OrgUnit, year: number) {
  if (existing)
    throw new DomainError(
      ErrorCode.Conflict,
      `${unit.name} already has a ${year} scheme (${existing.id}); edit it, or copy it into another year`,
      'input.year',
      refusal('schemeExists', { unit: unit.name, year }),
    );
}

async function create(
  tx: EntityManager,
  viewer: Viewer,
  unit: OrgUnit,
  fields: { year: number; name: string; definition: SchemeDefinition; copiedFromId?: number | null },
  note: string,
) {
  assertFree(await tx.findOne(AssessmentScheme, { orgUnit: unit, year: fields.year }), unit, fields.year);
  const scheme = tx.create(AssessmentScheme, { orgUnit: unit, countyId: countyIdOf(unit.path), ...fields });
  tx.create(AssessmentSchemeVersion, { scheme, version: 1, definition: fields.definition, note, createdBy: viewer.username });
  await tx.flush();
  audit(tx, viewer, {
    action: fields.copiedFromId ? 'copyAssessmentScheme' : 'createAssessmentScheme',
    entityType: 'AssessmentScheme',
    entityId: scheme.id,
    after: snapshot(scheme),
  });
  await tx.flush();
  return scheme;
}

export async function createScheme(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateSchemeInput): Promise<AssessmentScheme> {
  const definition = toDefinition(input.definition, 'input.definition');
  return em.transactional(async (tx) => {
    const unit = await editableUnit(tx, scope, Number(input.orgUnitId), 'input.orgUnitId');
    return create(tx, viewer, unit, { year: input.year, name: input.name, definition }, '新建方案');
  });
}

/** Saves a new version; the previous versions stay, so results computed with them remain explainable. */
export async function updateScheme(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateSchemeInput): Promise<AssessmentScheme> {
  const definition = toDefinition(input.definition, 'input.definition');
  return em.transactional(async (tx) => {
    const scheme = await getScheme(tx, scope, id);
    scope.assertContains(scheme.orgUnit, 'Assessment scheme', id);
    const before = snapshot(scheme);
    scheme.version += 1;
    scheme.definition = definition;
    if (input.name) scheme.name = input.name;
    tx.create(AssessmentSchemeVersion, { scheme, version: scheme.version, definition, note: input.note, createdBy: viewer.username });
    audit(tx, viewer, { action: 'updateAssessmentScheme', entityType: 'AssessmentScheme', entityId: scheme.id, before, after: snapshot(scheme) });
    await tx.flush();
    return scheme;
  });
}

/**
 * Starts a year's scheme from another (usually last year's): a new scheme at version 1 that names
 * its origin, to be edited before use; the old one is never reused for the new year.
 */
export async function copyScheme(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  fromId: number,
  year: number,
  name: string | undefined,
): Promise<AssessmentScheme> {
  return em.transactional(async (tx) => {
    const from = await getScheme(tx, scope, fromId);
    scope.assertContains(from.orgUnit, 'Assessment scheme', fromId);
    if (year === from.year) throw badInput('year', `the copy needs another year than ${from.year}`, 'copyNeedsOtherYear', { year: from.year });
    const title = name ?? from.name.replace(String(from.year), String(year));
    return create(
      tx,
      viewer,
      from.orgUnit,
      { year, name: title, definition: from.definition, copiedFromId: from.id },
      `由${from.year}年方案（第${from.version}版）复制`,
    );
  });
}

export async function schemeVersions(em: EntityManager, schemeIds: readonly number[]): Promise<AssessmentSchemeVersion[][]> {
  const rows = await em.find(AssessmentSchemeVersion, { scheme: { $in: [...schemeIds] } }, { orderBy: { version: 'asc' } });
  return schemeIds.map((id) => rows.filter((r) => r.scheme.id === id));
}
