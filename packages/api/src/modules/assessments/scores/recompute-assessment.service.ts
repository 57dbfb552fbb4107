import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../../graphql/scope.js';
import type { Viewer } from '../../../graphql/viewer.js';
import { audit } from '../../audit/index.js';
import { getScheme } from '../schemes/scheme.service.js';
import { recomputeScores, recomputeYear, type RecomputeSummary } from './recompute.service.js';
import { checkPeriodArg } from './score.query.js';

/**
 * Recomputes a scheme of the scope for one period, or for every period of its year begun so far,
 * and audits what changed, in one transaction.
 */
export async function recomputeAssessment(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  schemeId: number,
  period: string | undefined,
): Promise<RecomputeSummary[]> {
  if (period) checkPeriodArg(period);
  const scheme = await getScheme(em, scope, schemeId);
  scope.assertContains(scheme.orgUnit, 'Assessment scheme', schemeId);
  return em.transactional(async (tx) => {
    const summaries = period ? [await recomputeScores(tx, scheme.id, period)] : await recomputeYear(tx, scheme.id, new Date().toISOString());
    audit(tx, viewer, { action: 'recomputeAssessment', entityType: 'AssessmentScheme', entityId: scheme.id, after: { summaries } });
    await tx.flush();
    return summaries;
  });
}
