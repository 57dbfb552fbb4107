import type { FeatureManifest } from '../../features/manifest.js';
import { SurveyAnswer } from './survey-answer.entity.js';
import { SurveyCampaign } from './survey-campaign.entity.js';
import { SurveyHousehold } from './survey-household.entity.js';
import { SurveyImport } from './survey-import.entity.js';
import { SurveyItem } from './survey-item.entity.js';
import { SurveyResponse } from './survey-response.entity.js';
import { surveysDemo } from './survey.demo.js';
import { SurveyCampaignResolver, SatisfactionResultResolver, SampleVillageResolver, SampledHouseholdResolver } from './survey.resolver.js';

export { villageSatisfaction, type VillageSatisfaction } from './village-satisfaction.js';
export { MAX_IMPORT_BYTES } from './import.service.js';
export { visibleCampaigns } from './campaign.service.js';

/** Household satisfaction surveys (群众满意率): campaigns, samples, answers, imports. */
export const feature: FeatureManifest = {
  name: 'surveys',
  resolvers: [SurveyCampaignResolver, SatisfactionResultResolver, SampleVillageResolver, SampledHouseholdResolver],
  entities: [SurveyCampaign, SurveyItem, SurveyHousehold, SurveyResponse, SurveyAnswer, SurveyImport],
  demo: surveysDemo,
};
