import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDay, VetoKind, type SatisfactionReading, type VetoEvidence } from '@township/shared';
import { petitionsAboveCounty } from '../complaints/index.js';
import { villageSatisfaction } from '../surveys/index.js';
import { recordedVetoEvents } from './checks/veto-events.js';

/**
 * Where public evaluation and veto evidence come from; other features plug in here and nowhere
 * else. Public evaluation is the household satisfaction of the year's survey campaigns (the
 * scheme's stand-in applies where a village has no rankable answers); veto evidence is what
 * inspectors recorded by hand plus every petition that reached above county level (recording
 * one refreshes its village's results at once: see refreshVillageResults).
 */
export type PublicEvaluationSource = (em: EntityManager, villageIds: readonly number[], year: number) => Promise<Map<number, SatisfactionReading>>;

/** Veto evidence per village for an inclusive date range (`YYYY-MM-DD`). */
export type VetoEvidenceSource = (em: EntityManager, villageIds: readonly number[], from: string, to: string) => Promise<Map<number, VetoEvidence[]>>;

export interface EvidenceSources {
  /** Null: no surveys yet, the scheme's stand-in applies. */
  publicEvaluation: PublicEvaluationSource | null;
  veto: VetoEvidenceSource[];
}

/** Each petition above county level becomes PETITION_ABOVE_COUNTY evidence, keyed `complaint:<id>` so an appeal can set it aside. */
const petitionVetoes: VetoEvidenceSource = async (em, villageIds, from, to) => {
  const petitions = await petitionsAboveCounty(em, villageIds, from, to);
  return new Map(
    [...petitions].map(([villageId, list]) => [
      villageId,
      list.map((p): VetoEvidence => ({
        kind: VetoKind.PetitionAboveCounty,
        occurredOn: chinaDay(p.receivedAt),
        summary: p.summary,
        source: `complaint:${p.complaintId}`,
      })),
    ]),
  );
};

export const evidenceSources: EvidenceSources = {
  publicEvaluation: villageSatisfaction,
  veto: [recordedVetoEvents, petitionVetoes],
};
