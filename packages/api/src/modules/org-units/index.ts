import type { FeatureManifest } from '../../features/manifest.js';
import { OrgUnit } from './org-unit.entity.js';
import { OrgUnitResolver } from './org-unit.resolver.js';
import { TownshipResolver } from './township.resolver.js';
import { VillageResolver } from './village.resolver.js';

export { OrgUnit } from './org-unit.entity.js';
export { OrgUnitType, TownshipType, VillageType } from './org-unit.type.js';
export { orgUnitById, refId } from './org-unit.loaders.js';
export { getVillage } from './village.service.js';
export { countyIdOf, isVillage, VILLAGE_KIND_SQL } from './org-unit.sql.js';

/** The county's tree of townships and villages. */
export const feature: FeatureManifest = {
  name: 'org-units',
  resolvers: [OrgUnitResolver, TownshipResolver, VillageResolver],
  entities: [OrgUnit],
};
