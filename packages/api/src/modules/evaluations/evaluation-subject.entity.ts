import { Entity, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Cadre } from '../cadres/cadre.entity.js';
import { EvaluationRound } from './evaluation-round.entity.js';

/** A member of staff evaluated in a round. */
@Entity({ tableName: 'evaluation_subject' })
export class EvaluationSubject {
  [PrimaryKeyProp]?: ['round', 'cadre'];

  @ManyToOne(() => EvaluationRound, { primary: true, deleteRule: 'cascade' })
  round!: EvaluationRound;

  @ManyToOne(() => Cadre, { primary: true, deleteRule: 'restrict' })
  cadre!: Cadre;
}
