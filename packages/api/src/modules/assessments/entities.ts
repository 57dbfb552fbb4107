import { Adjustment } from './checks/adjustment.entity.js';
import { CheckRound, CheckSample, CheckValue } from './checks/check.entity.js';
import { VetoEvent } from './checks/veto-event.entity.js';
import { Appeal } from './appeals/appeal.entity.js';
import { LaggingSpellRow } from './lagging/lagging.entity.js';
import { Reward } from './rewards/reward.entity.js';
import { AssessmentResult } from './scores/result.entity.js';
import { AssessmentScheme, AssessmentSchemeVersion } from './schemes/scheme.entity.js';

/** The assessment feature's tables, listed once for its manifest (index.ts). */
export const assessmentEntities = [
  AssessmentScheme,
  AssessmentSchemeVersion,
  CheckRound,
  CheckSample,
  CheckValue,
  VetoEvent,
  Adjustment,
  AssessmentResult,
  LaggingSpellRow,
  Reward,
  Appeal,
];
