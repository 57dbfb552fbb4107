import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { Viewer } from '../../../graphql/viewer.js';
import { audit, snapshot } from '../../audit/index.js';
import { Reward } from './reward.entity.js';

/** Records that a reward or penalty of a village in the scope was paid (兑现), once; returns its id. */
export async function markRewardPaid(em: EntityManager, scope: Scope, viewer: Viewer, id: number, paidOn: string): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  if (paidOn > today) throw badInput('paidOn', `paidOn ${paidOn} is in the future`, 'dateInFuture', { date: paidOn, today });
  return em.transactional(async (tx) => {
    const reward = await tx.findOne(Reward, { id, village: scope.where() });
    if (!reward) throw notFound('Reward', id);
    if (reward.paidOn) throw badInput('id', `reward ${id} was already paid on ${reward.paidOn}`, 'rewardAlreadyPaid', { paidOn: reward.paidOn });
    const before = snapshot(reward);
    reward.paidOn = paidOn;
    reward.paidBy = viewer.username;
    audit(tx, viewer, { action: 'markRewardPaid', entityType: 'Reward', entityId: reward.id, before, after: snapshot(reward) });
    await tx.flush();
    return reward.id;
  });
}
