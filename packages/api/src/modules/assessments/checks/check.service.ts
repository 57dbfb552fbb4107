import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, currentMonth, notFound, type CheckKind } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { Viewer } from '../../../graphql/viewer.js';
import { audit } from '../../audit/index.js';
import { getVillage } from '../../org-units/index.js';
import { getScheme } from '../schemes/scheme.service.js';
import { firstDay } from '../months.js';
import { Adjustment } from './adjustment.entity.js';
import { CheckRound, CheckSample, CheckValue } from './check.entity.js';
import type { CreateCheckRoundInput, DrawSpotCheckInput, RecordAdjustmentInput, RecordCheckValuesInput, RecordVetoEventInput } from './check.inputs.js';
import { coveredVillages, schemeCovering } from '../scores/score-inputs.js';
import { drawSample, recomputeAround, reportedValues, writeCheckValues, type CheckValueRow } from './check-writes.js';
import { VetoEvent } from './veto-event.entity.js';

async function schemeToCheck(em: EntityManager, scope: Scope, schemeId: number, month: string) {
  const scheme = await getScheme(em, scope, schemeId);
  scope.assertContains(scheme.orgUnit, 'Assessment scheme', schemeId);
  if (Number(month.slice(0, 4)) !== scheme.year)
    throw badInput('input.month', `month ${month} is not in the scheme's year ${scheme.year}`, 'monthNotInSchemeYear', { month, year: scheme.year });
  if (month > currentMonth()) throw badInput('input.month', `month ${month} is in the future`, 'monthInFuture', { month });
  return scheme;
}

async function createRound(
  tx: EntityManager,
  viewer: Viewer,
  fields: { schemeId: number; kind: CheckKind; month: string; name: string; seed?: string; perTownship?: number },
) {
  const round = tx.create(CheckRound, {
    scheme: fields.schemeId,
    kind: fields.kind,
    month: firstDay(fields.month),
    name: fields.name,
    seed: fields.seed ?? null,
    perTownship: fields.perTownship ?? null,
    createdBy: viewer.username,
  });
  await tx.flush();
  return round;
}

export async function createCheckRound(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateCheckRoundInput): Promise<CheckRound> {
  return em.transactional(async (tx) => {
    const scheme = await schemeToCheck(tx, scope, Number(input.schemeId), input.month);
    const round = await createRound(tx, viewer, { schemeId: scheme.id, kind: 'ROUTINE', month: input.month, name: input.name });
    audit(tx, viewer, { action: 'createCheckRound', entityType: 'CheckRound', entityId: round.id, after: { ...input, kind: 'ROUTINE' } });
    await tx.flush();
    return round;
  });
}

/** Creates a spot-check round and draws its sample (see drawSample); the seed is stored with the round. */
export async function drawSpotCheck(em: EntityManager, scope: Scope, viewer: Viewer, input: DrawSpotCheckInput): Promise<CheckRound> {
  return em.transactional(async (tx) => {
    const scheme = await schemeToCheck(tx, scope, Number(input.schemeId), input.month);
    const seed = input.seed ?? randomBytes(8).toString('hex');
    const round = await createRound(tx, viewer, {
      schemeId: scheme.id,
      kind: 'SPOT',
      month: input.month,
      name: input.name,
      seed,
      perTownship: input.perTownship,
    });
    const villages = await coveredVillages(tx, scheme.id);
    const drawn = await drawSample(
      tx,
      round.id,
      scheme.countyId,
      villages.map((v) => v.id),
      seed,
      input.perTownship,
    );
    audit(tx, viewer, { action: 'drawSpotCheck', entityType: 'CheckRound', entityId: round.id, after: { ...input, seed, drawn } });
    await tx.flush();
    return round;
  });
}

/**
 * Records an inspector's findings for one village in a round: grades need a reason; verified values
 * belong to spot checks and sit beside the value reported for the quarter. The round's quarter
 * and year are recomputed in the same transaction.
 */
export async function recordCheckValues(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordCheckValuesInput): Promise<CheckRound> {
  return em.transactional(async (tx) => {
    const round = await tx.findOne(CheckRound, { id: Number(input.roundId) }, { populate: ['scheme', 'scheme.orgUnit'] });
    if (!round || !scope.canIdentify(round.scheme.orgUnit.path)) throw notFound('Check round', input.roundId);
    const village = await getVillage(tx, scope, Number(input.villageId));
    const month = round.month.slice(0, 7);
    if ((await schemeCovering(tx, village.id, round.scheme.year)) !== round.scheme.id)
      throw badInput('input.villageId', `${village.name} is not assessed under this round's scheme`, 'villageNotUnderScheme', { village: village.name });
    if (round.kind === 'SPOT' && !(await tx.findOne(CheckSample, { round, village })))
      throw badInput('input.villageId', `${village.name} was not drawn in this spot check`, 'villageNotDrawn', { village: village.name });
    if (!input.values.length) throw badInput('input.values', 'record at least one finding', 'noFindings');
    const items = round.scheme.definition.items;
    const reported = await reportedValues(tx, round.scheme.countyId, [village.id], items, month);
    const rows: CheckValueRow[] = input.values.map((value, i) => {
      const at = `input.values.${i}`;
      const item = items.find((it) => it.code === value.itemCode);
      if (!item) throw badInput(`${at}.itemCode`, `no item ${value.itemCode} in the scheme`, 'noSuchItem', { itemCode: value.itemCode });
      if (input.values.findIndex((v) => v.itemCode === value.itemCode) !== i)
        throw badInput(`${at}.itemCode`, `${value.itemCode} is given twice`, 'itemGivenTwice', { itemCode: value.itemCode });
      if (item.kind === 'QUALITATIVE') {
        if (!value.grade || value.verifiedValue != null)
          throw badInput(`${at}.grade`, `${item.code} is qualitative: give a grade and no value`, 'qualitativeNeedsGrade', { itemCode: item.code });
        return { villageId: village.id, itemCode: item.code, grade: value.grade, reportedValue: null, verifiedValue: null, reason: value.reason };
      }
      if (item.kind === 'QUANTITATIVE' && round.kind === 'SPOT') {
        if (value.verifiedValue == null || value.grade || !Number.isFinite(value.verifiedValue) || value.verifiedValue < 0) {
          throw badInput(`${at}.verifiedValue`, `${item.code} is quantitative: give the verified value (not negative) and no grade`, 'quantitativeNeedsValue', {
            itemCode: item.code,
          });
        }
        return {
          villageId: village.id,
          itemCode: item.code,
          grade: null,
          reportedValue: reported.get(village.id)!.get(item.code) ?? null,
          verifiedValue: value.verifiedValue,
          reason: value.reason,
        };
      }
      throw badInput(`${at}.itemCode`, `${item.code} (${item.kind}) is not recorded in a ${round.kind} round`, 'itemNotInRoundKind', { itemCode: item.code });
    });
    const before = await tx.find(CheckValue, { round, village, itemCode: { $in: rows.map((r) => r.itemCode) } });
    await writeCheckValues(tx, round.id, round.scheme.countyId, viewer.username, rows);
    audit(tx, viewer, {
      action: 'recordCheckValues',
      entityType: 'CheckRound',
      entityId: `${round.id}:${village.id}`,
      before: before.length
        ? { values: before.map((b) => ({ itemCode: b.itemCode, grade: b.grade, verifiedValue: b.verifiedValue, reason: b.reason })) }
        : null,
      after: { values: rows },
    });
    await tx.flush();
    await recomputeAround(tx, round.scheme.id, month);
    return round;
  });
}

async function schemeForChange(tx: EntityManager, villageId: number, year: number, field: string): Promise<number> {
  const schemeId = await schemeCovering(tx, villageId, year);
  if (!schemeId) throw badInput(field, `there is no ${year} scheme for this village`, 'noSchemeForYear', { year });
  return schemeId;
}

export async function recordVetoEvent(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordVetoEventInput): Promise<VetoEvent> {
  const today = new Date().toISOString().slice(0, 10);
  if (input.occurredOn > today)
    throw badInput('input.occurredOn', `occurredOn ${input.occurredOn} is in the future`, 'dateInFuture', { date: input.occurredOn, today });
  return em.transactional(async (tx) => {
    const village = await getVillage(tx, scope, Number(input.villageId));
    const schemeId = await schemeForChange(tx, village.id, Number(input.occurredOn.slice(0, 4)), 'input.occurredOn');
    const event = tx.create(VetoEvent, {
      village,
      countyId: Number(village.path.split('/')[1]),
      kind: input.kind,
      occurredOn: input.occurredOn,
      summary: input.summary,
      evidence: input.evidence,
      recordedBy: viewer.username,
    });
    await tx.flush();
    audit(tx, viewer, { action: 'recordVetoEvent', entityType: 'VetoEvent', entityId: event.id, after: { ...input } });
    await tx.flush();
    await recomputeAround(tx, schemeId, input.occurredOn.slice(0, 7));
    return event;
  });
}

export async function recordAdjustment(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordAdjustmentInput): Promise<Adjustment> {
  return em.transactional(async (tx) => {
    const village = await getVillage(tx, scope, Number(input.villageId));
    const schemeId = await schemeForChange(tx, village.id, Number(input.month.slice(0, 4)), 'input.month');
    const scheme = await getScheme(tx, scope, schemeId);
    const item = scheme.definition.items.find((i) => i.code === input.itemCode);
    if (!item || (item.kind !== 'BONUS' && item.kind !== 'DEDUCTION'))
      throw badInput('input.itemCode', `no bonus or deduction item ${input.itemCode} in the scheme`, 'noAdjustmentItem', { itemCode: input.itemCode });
    const entry = tx.create(Adjustment, {
      scheme,
      village,
      countyId: scheme.countyId,
      itemCode: item.code,
      month: firstDay(input.month),
      points: input.points,
      reason: input.reason,
      recordedBy: viewer.username,
    });
    await tx.flush();
    audit(tx, viewer, { action: 'recordAdjustment', entityType: 'Adjustment', entityId: entry.id, after: { ...input } });
    await tx.flush();
    await recomputeAround(tx, schemeId, input.month);
    return entry;
  });
}
