import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, ErrorCode, notFound, periodYear, refusal, type AppealStatus } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { Viewer } from '../../../graphql/viewer.js';
import { audit, snapshot } from '../../audit/index.js';
import { countyIdOf, getVillage } from '../../org-units/index.js';
import { schemeCovering } from '../scores/score-inputs.js';
import { recomputeYear } from '../scores/recompute.service.js';
import { checkPeriodArg } from '../scores/score.query.js';
import { page, type PageRequest } from '../../../db/page.js';
import { queryOne, sql } from '../../../db/sql.js';
import { Appeal } from './appeal.entity.js';
import type { DecideAppealInput, FileAppealInput } from './appeal.inputs.js';

/** Appeals of villages in scope, pending first, then newest; `toNode` shapes each for the caller. */
export async function listAppeals<T>(em: EntityManager, scope: Scope, request: PageRequest, status: AppealStatus | undefined, toNode: (appeal: Appeal) => T) {
  const where = [sql.scoped(scope, 'v'), ...(status ? [sql`a.status = ${status}`] : [])];
  return page<Record<string, unknown>, T>(
    em,
    request,
    {
      select: sql`a.*`,
      from: sql`assessment_appeal a join org_unit v on v.id = a.village_id`,
      where: sql.and(where),
      keyset: [
        { by: sql`a.status = 'PENDING'`, desc: true },
        { by: sql`a.filed_at`, desc: true },
        { by: sql`a.id`, desc: true },
      ],
    },
    (rows) => rows.map((row) => toNode(em.map(Appeal, row))),
  );
}

/** Files an appeal against a result that exists: a veto appeal contests the result's veto evidence. */
export async function fileAppeal(em: EntityManager, scope: Scope, viewer: Viewer, input: FileAppealInput): Promise<Appeal> {
  const period = checkPeriodArg(input.period, 'input.period');
  return em.transactional(async (tx) => {
    const village = await getVillage(tx, scope, Number(input.villageId));
    const result = await queryOne(
      tx,
      sql<{
        vetoed: boolean;
        vetoes: { source: string }[];
      }>`select vetoed, vetoes from assessment_result where village_id = ${village.id} and period = ${period}`,
    );
    if (!result) throw badInput('input.period', `${village.name} has no result for ${period}`, 'noResultForPeriod', { village: village.name, period });
    if (input.kind === 'VETO' && !result.vetoed)
      throw badInput('input.kind', `${village.name} was not vetoed in ${period}`, 'notVetoed', { village: village.name, period });
    if (await tx.findOne(Appeal, { village, period, kind: input.kind, status: 'PENDING' })) {
      throw new DomainError(
        ErrorCode.Conflict,
        `an appeal of ${village.name} against this ${input.kind === 'VETO' ? 'veto' : 'grade'} is already pending`,
        'input.kind',
        refusal('appealPending', { village: village.name }),
      );
    }
    const appeal = tx.create(Appeal, {
      village,
      countyId: countyIdOf(village.path),
      period,
      kind: input.kind,
      reason: input.reason,
      filedBy: viewer.username,
      evidence: input.kind === 'VETO' ? result.vetoes.map((v) => v.source) : [],
    });
    await tx.flush();
    audit(tx, viewer, { action: 'fileAppeal', entityType: 'Appeal', entityId: appeal.id, after: snapshot(appeal) });
    await tx.flush();
    return appeal;
  });
}

/** A leader's decision, kept with its reason; the village's results of the year are recomputed with it. */
export async function decideAppeal(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: DecideAppealInput): Promise<Appeal> {
  return em.transactional(async (tx) => {
    const appeal = await tx.findOne(Appeal, { id, village: scope.where() });
    if (!appeal) throw notFound('Appeal', id);
    if (appeal.status !== 'PENDING')
      throw new DomainError(ErrorCode.Conflict, `appeal ${id} was already decided (${appeal.status})`, 'id', refusal('alreadyDecided', { id }));
    if (input.upheld && appeal.kind === 'GRADE' && !input.newGrade)
      throw badInput('input.newGrade', 'an upheld grade appeal needs the grade decided', 'upheldGradeNeedsGrade');
    if (input.newGrade && !(input.upheld && appeal.kind === 'GRADE'))
      throw badInput('input.newGrade', 'only an upheld grade appeal sets a grade', 'onlyUpheldGradeSetsGrade');
    const before = snapshot(appeal);
    tx.assign(appeal, {
      status: input.upheld ? 'UPHELD' : 'REJECTED',
      decision: input.reason,
      decidedBy: viewer.username,
      decidedAt: new Date(),
      newGrade: input.newGrade ?? null,
    });
    audit(tx, viewer, { action: 'decideAppeal', entityType: 'Appeal', entityId: appeal.id, before, after: snapshot(appeal) });
    await tx.flush();
    const schemeId = await schemeCovering(tx, appeal.village.id, periodYear(appeal.period));
    if (input.upheld && schemeId) await recomputeYear(tx, schemeId, new Date().toISOString());
    return appeal;
  });
}
