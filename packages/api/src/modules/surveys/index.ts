export { villageSatisfaction, type VillageSatisfaction } from './village-satisfaction.js';
export { MAX_IMPORT_BYTES } from './import.service.js';
export { SurveyCampaignResolver, SatisfactionResultResolver, SampleVillageResolver, SampledHouseholdResolver } from './survey.resolver.js';
export { visibleCampaigns } from './campaign.service.js';
