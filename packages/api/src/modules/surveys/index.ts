export { villageSatisfaction, type VillageSatisfaction } from './village-satisfaction.js';
export { SurveyCampaignResolver, SatisfactionResultResolver, SampleVillageResolver, SampledHouseholdResolver } from './survey.resolver.js';
export { visibleCampaigns } from './campaign.service.js';
