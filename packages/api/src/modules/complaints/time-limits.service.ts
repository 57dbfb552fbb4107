import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  ComplaintCategory,
  forbidden,
  OrgUnitKind,
  ComplaintUrgency,
  DEFAULT_TIME_LIMITS,
  TimeLimitUnit,
  type ComplaintTimeLimits,
  type TimeLimit,
} from '@township/shared';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { User } from '../users/index.js';
import { ComplaintTimeLimit } from './complaint-time-limit.entity.js';
import type { SetComplaintTimeLimitInput } from './complaint.inputs.js';
import { countyIdOf } from '../org-units/index.js';

export interface EffectiveTimeLimit extends ComplaintTimeLimits {
  category: ComplaintCategory;
  urgency: ComplaintUrgency;
  configured: boolean;
}

const fromRow = (row: ComplaintTimeLimit): ComplaintTimeLimits => ({
  accept: { amount: row.acceptAmount, unit: row.acceptUnit },
  reply: { amount: row.replyAmount, unit: row.replyUnit },
});

/** The limits in force for a category and urgency: the county's own, else the common default. */
export async function limitsFor(em: EntityManager, countyId: number, category: ComplaintCategory, urgency: ComplaintUrgency): Promise<ComplaintTimeLimits> {
  const row = await em.findOne(ComplaintTimeLimit, { countyId, category, urgency });
  return row ? fromRow(row) : DEFAULT_TIME_LIMITS[urgency];
}

/** Every category × urgency with the limits in force in the viewer's county. */
export async function listTimeLimits(em: EntityManager, viewer: Viewer): Promise<EffectiveTimeLimit[]> {
  const rows = await em.find(ComplaintTimeLimit, { countyId: countyIdOf(viewer.scope.path) });
  const configured = new Map(rows.map((r) => [`${r.category}:${r.urgency}`, r]));
  return Object.values(ComplaintCategory).flatMap((category) =>
    Object.values(ComplaintUrgency).map((urgency) => {
      const row = configured.get(`${category}:${urgency}`);
      return { category, urgency, configured: !!row, ...(row ? fromRow(row) : DEFAULT_TIME_LIMITS[urgency]) };
    }),
  );
}

/** Comparable length of a limit in hours (a working day counts as 24 hours at least). */
const roughHours = (limit: TimeLimit) => (limit.unit === TimeLimitUnit.Hours ? limit.amount : limit.amount * 24);

function checkLimit(limit: TimeLimit, field: string) {
  if (limit.unit === TimeLimitUnit.WorkingDays && limit.amount > 60) throw badInput(`${field}.amount`, 'at most 60 working days', 'max', { max: 60 });
}

export async function setTimeLimit(em: EntityManager, viewer: Viewer, input: SetComplaintTimeLimitInput): Promise<EffectiveTimeLimit> {
  checkLimit(input.accept, 'input.accept');
  checkLimit(input.reply, 'input.reply');
  if (roughHours(input.reply) < roughHours(input.accept))
    throw badInput('input.reply', 'the reply limit must not be shorter than the acceptance limit', 'replyShorterThanAccept');
  if (viewer.scope.kind !== OrgUnitKind.County) throw forbidden('Time limits are set for the whole county, by a county-wide user', 'countyUsersOnly');
  const countyId = countyIdOf(viewer.scope.path);
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(ComplaintTimeLimit, { countyId, category: input.category, urgency: input.urgency });
    const before = snapshot(existing);
    const values = {
      acceptAmount: input.accept.amount,
      acceptUnit: input.accept.unit,
      replyAmount: input.reply.amount,
      replyUnit: input.reply.unit,
      updatedBy: tx.getReference(User, viewer.userId),
    };
    const row = existing
      ? tx.assign(existing, values)
      : tx.create(ComplaintTimeLimit, { countyId, category: input.category, urgency: input.urgency, ...values });
    await tx.flush();
    audit(tx, viewer, { action: 'setComplaintTimeLimit', entityType: 'ComplaintTimeLimit', entityId: row.id, before, after: snapshot(row) });
    await tx.flush();
    return { category: row.category, urgency: row.urgency, configured: true, ...fromRow(row) };
  });
}
