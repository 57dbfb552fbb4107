export { Cadre } from './cadre.entity.js';
export { CadreAssignment } from './cadre-assignment.entity.js';
export { CadreType, CadreAssignmentType } from './cadre.type.js';
export { CadreResolver, CadreAssignmentResolver } from './cadre.resolver.js';
export { VillageCadresResolver } from './village-cadres.resolver.js';
export { cadreById } from './cadre.loaders.js';
