import type { EntityManager } from '@mikro-orm/postgresql';
import type { SatisfactionReading, VetoEvidence } from '@township/shared';
import { recordedVetoEvents } from './checks/veto-events.js';

/**
 * Where public evaluation and veto evidence come from. Other features plug in here and nowhere
 * else: surveys fill `publicEvaluation` (its `villageSatisfaction` fits the slot as it is), and
 * complaints add a veto source mapping `petitionsAboveCounty` to PETITION_ABOVE_COUNTY evidence
 * with the source key `complaint:<id>`. Until then the scheme's stand-in scores public evaluation
 * and inspectors record veto events by hand.
 */
export type PublicEvaluationSource = (em: EntityManager, villageIds: readonly number[], year: number) => Promise<Map<number, SatisfactionReading>>;

/** Veto evidence per village for an inclusive date range (`YYYY-MM-DD`). */
export type VetoEvidenceSource = (em: EntityManager, villageIds: readonly number[], from: string, to: string) => Promise<Map<number, VetoEvidence[]>>;

export interface EvidenceSources {
  /** Null: no surveys yet, the scheme's stand-in applies. */
  publicEvaluation: PublicEvaluationSource | null;
  veto: VetoEvidenceSource[];
}

export const evidenceSources: EvidenceSources = {
  publicEvaluation: null,
  veto: [recordedVetoEvents],
};
