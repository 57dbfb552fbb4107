export { OrgUnit } from './org-unit.entity.js';
export { OrgUnitType, TownshipType, VillageType } from './org-unit.type.js';
export { orgUnitById, refId } from './org-unit.loaders.js';
export { getVillage } from './village.service.js';
export { OrgUnitResolver } from './org-unit.resolver.js';
export { TownshipResolver } from './township.resolver.js';
export { VillageResolver } from './village.resolver.js';
export { countyIdOf, isVillage, VILLAGE_KIND_SQL } from './org-unit.sql.js';
