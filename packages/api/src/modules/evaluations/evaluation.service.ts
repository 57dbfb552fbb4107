import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  DesignationKind,
  DomainError,
  ErrorCode,
  HELP_TARGET_COUNT,
  notFound,
  refusal,
  OrgUnitKind,
  SERVICE_MODEL_COUNT,
  TOWNSHIP_KINDS,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { page, type PageRequest } from '../../db/page.js';
import { query, sql } from '../../db/sql.js';
import { audit, snapshot } from '../audit/index.js';
import { countyIdOf, OrgUnit } from '../org-units/index.js';
import { EvaluationDesignation } from './evaluation-designation.entity.js';
import { evaluationResults, ITEM_COLUMN } from './evaluation-results.service.js';
import { EvaluationRound } from './evaluation-round.entity.js';
import type { CreateEvaluationRoundInput, DesignateEvaluationResultInput, RecordEvaluationVotesInput, UpdateHelpTargetInput } from './evaluation.inputs.js';

/** Rounds whose unit is inside the scope (a round's results are about the staff of that unit). */
export async function listRounds(em: EntityManager, scope: Scope, args: PageRequest & { year?: number | null }) {
  const where = [sql.scoped(scope, 'u')];
  if (args.year != null) where.push(sql`r.year = ${args.year}`);
  return page<Record<string, unknown>, EvaluationRound>(
    em,
    args,
    {
      select: sql`r.*`,
      from: sql`evaluation_round r join org_unit u on u.id = r.org_unit_id`,
      where: sql.and(where),
      keyset: [
        { by: sql`r.held_on`, desc: true },
        { by: sql`r.id`, desc: true },
      ],
    },
    (rows) => rows.map((row) => em.map(EvaluationRound, row)),
  );
}

export async function getRound(em: EntityManager, scope: Scope, id: number, field?: string): Promise<EvaluationRound> {
  const round = await em.findOne(EvaluationRound, { id, orgUnit: scope.where() });
  if (!round)
    throw field ? badInput(field, `Evaluation round ${id} does not exist or is outside your scope`, 'notFound', { id }) : notFound('Evaluation round', id);
  return round;
}

export async function createRound(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateEvaluationRoundInput): Promise<EvaluationRound> {
  return em.transactional(async (tx) => {
    const unit = await tx.findOne(OrgUnit, { id: Number(input.orgUnitId), ...scope.where() });
    if (!unit || !(unit.kind === OrgUnitKind.County || TOWNSHIP_KINDS.includes(unit.kind))) {
      throw badInput('input.orgUnitId', `Unit ${input.orgUnitId} must be a township or county inside your scope`, 'unitNotCountyOrTownship', {
        id: input.orgUnitId,
      });
    }
    const previous = input.previousRoundId == null ? null : await getRound(tx, scope, Number(input.previousRoundId), 'input.previousRoundId');
    if (previous && previous.heldOn >= input.heldOn)
      throw badInput('input.heldOn', `heldOn (${input.heldOn}) must be after the previous round (${previous.heldOn})`, 'notAfter', {
        date: input.heldOn,
        limit: previous.heldOn,
      });
    const ids = input.cadreIds.map(Number);
    const found = await query(
      tx,
      sql<{ id: number }>`select c.id from cadre c join org_unit cu on cu.id = c.unit_id where c.id = any(${ids}::int[]) and cu.path like ${`${unit.path}%`}`,
    );
    const missing = ids.filter((id) => !found.some((f) => Number(f.id) === id));
    if (missing.length)
      throw badInput('input.cadreIds', `cadres ${missing.join(', ')} do not belong to ${unit.name} or its villages`, 'cadresNotInUnit', {
        ids: missing.join(', '),
        unit: unit.name,
      });
    const round = tx.create(EvaluationRound, {
      orgUnit: unit,
      countyId: countyIdOf(unit.path),
      name: input.name,
      year: input.year,
      heldOn: input.heldOn,
      previousRound: previous,
    });
    await tx.flush();
    await query(tx, sql`insert into evaluation_subject (round_id, cadre_id) select ${round.id}, unnest(${ids}::int[])`);
    audit(tx, viewer, { action: 'createEvaluationRound', entityType: 'EvaluationRound', entityId: round.id, after: { ...snapshot(round), cadreIds: ids } });
    await tx.flush();
    return round;
  });
}

/** Records counted ballots; each must be on a subject of the round. Ballots are never read back one by one. */
export async function recordVotes(em: EntityManager, scope: Scope, viewer: Viewer, input: RecordEvaluationVotesInput): Promise<EvaluationRound> {
  return em.transactional(async (tx) => {
    const round = await getRound(tx, scope, Number(input.roundId), 'input.roundId');
    const subjects = new Set(
      (await query(tx, sql<{ cadre_id: number }>`select cadre_id from evaluation_subject where round_id = ${round.id}`)).map((s) => Number(s.cadre_id)),
    );
    input.ballots.forEach((ballot, i) => {
      if (!subjects.has(Number(ballot.cadreId)))
        throw badInput(`input.ballots.${i}.cadreId`, `cadre ${ballot.cadreId} is not evaluated in ${round.name}`, 'cadreNotEvaluated', {
          cadreId: ballot.cadreId,
          round: round.name,
        });
    });
    const designated = await tx.count(EvaluationDesignation, { round: round.id });
    if (designated)
      throw new DomainError(
        ErrorCode.Conflict,
        `${round.name} has already designated its results; no more ballots`,
        'input.roundId',
        refusal('resultsDesignated', { round: round.name }),
      );
    const columns = Object.values(ITEM_COLUMN);
    const ballots = JSON.stringify(
      input.ballots.map((b) => ({
        cadre_id: Number(b.cadreId),
        evaluator_group: b.group,
        service_attitude: b.serviceAttitude,
        work_style: b.workStyle,
        efficiency: b.efficiency,
        duty_performance: b.dutyPerformance,
        innovation: b.innovation,
        overall: b.overall,
      })),
    );
    await query(
      tx,
      sql`insert into evaluation_vote (round_id, cadre_id, county_id, evaluator_group, ${sql.join(columns.map((c) => sql.id(c)))})
       select ${round.id}, b.cadre_id, ${round.countyId}, b.evaluator_group, ${sql.join(columns.map((c) => sql.id(`b.${c}`)))}
         from jsonb_to_recordset(${ballots}::jsonb) as b(cadre_id int, evaluator_group evaluator_group, ${sql.raw(columns.map((c) => `${c} evaluation_rating`).join(', '))})`,
    );
    audit(tx, viewer, { action: 'recordEvaluationVotes', entityType: 'EvaluationRound', entityId: round.id, after: { ballots: input.ballots.length } });
    await tx.flush();
    return round;
  });
}

/**
 * The bottom HELP_TARGET_COUNT ranked people become help targets with the deadline, then the top
 * SERVICE_MODEL_COUNT of the rest service models; rank, score and bad votes are kept as announced.
 */
export async function designateResult(em: EntityManager, scope: Scope, viewer: Viewer, input: DesignateEvaluationResultInput): Promise<EvaluationRound> {
  return em.transactional(async (tx) => {
    const round = await getRound(tx, scope, Number(input.roundId), 'input.roundId');
    if (input.deadline <= round.heldOn)
      throw badInput('input.deadline', `deadline (${input.deadline}) must be after the round (${round.heldOn})`, 'notAfter', {
        date: input.deadline,
        limit: round.heldOn,
      });
    if (await tx.count(EvaluationDesignation, { round: round.id }))
      throw new DomainError(
        ErrorCode.Conflict,
        `${round.name} has already designated its results`,
        'input.roundId',
        refusal('resultsDesignated', { round: round.name }),
      );
    const ranked = (await evaluationResults(tx, [round.id])).filter((r) => r.rank != null && r.score != null);
    if (ranked.length < HELP_TARGET_COUNT + 1)
      throw badInput(
        'input.roundId',
        `${round.name} has ${ranked.length} people with ballots; at least ${HELP_TARGET_COUNT + 1} are needed`,
        'tooFewBallotedPeople',
        { round: round.name, count: ranked.length, min: HELP_TARGET_COUNT + 1 },
      );
    const bottom = ranked.slice(-HELP_TARGET_COUNT);
    const top = ranked.slice(0, Math.min(SERVICE_MODEL_COUNT, ranked.length - HELP_TARGET_COUNT));
    const designate = (kind: DesignationKind, r: (typeof ranked)[number]) =>
      tx.create(EvaluationDesignation, {
        round,
        cadre: r.cadreId,
        kind,
        rank: r.rank!,
        score: r.score!,
        badVotes: r.badVotes,
        ...(kind === DesignationKind.HelpTarget ? { deadline: input.deadline, plan: input.plan ?? null } : {}),
      });
    const made = [...top.map((r) => designate(DesignationKind.ServiceModel, r)), ...bottom.map((r) => designate(DesignationKind.HelpTarget, r))];
    await tx.flush();
    audit(tx, viewer, {
      action: 'designateEvaluationResult',
      entityType: 'EvaluationRound',
      entityId: round.id,
      after: { designations: made.map((d) => snapshot(d)) },
    });
    await tx.flush();
    return round;
  });
}

export async function updateHelpTarget(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  id: number,
  input: UpdateHelpTargetInput,
): Promise<EvaluationDesignation> {
  return em.transactional(async (tx) => {
    const target = await tx.findOne(
      EvaluationDesignation,
      { id, kind: DesignationKind.HelpTarget, round: { orgUnit: scope.where() } },
      { populate: ['round'] },
    );
    if (!target) throw notFound('Help target', id);
    if (input.rectifiedOn && input.rectifiedOn < target.round.heldOn)
      throw badInput('input.rectifiedOn', `rectifiedOn must not be before the round (${target.round.heldOn})`, 'endBeforeStart', {
        start: target.round.heldOn,
        end: input.rectifiedOn,
      });
    if (input.deadline && input.deadline <= target.round.heldOn)
      throw badInput('input.deadline', `deadline must be after the round (${target.round.heldOn})`, 'notAfter', {
        date: input.deadline,
        limit: target.round.heldOn,
      });
    const before = snapshot(target);
    tx.assign(target, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
    audit(tx, viewer, { action: 'updateHelpTarget', entityType: 'EvaluationDesignation', entityId: target.id, before, after: snapshot(target) });
    await tx.flush();
    return target;
  });
}
