import type { FeatureManifest } from '../../features/manifest.js';
import { Cadre } from './cadre.entity.js';
import { CadreAssignment } from './cadre-assignment.entity.js';
import { CadreResolver, CadreAssignmentResolver } from './cadre.resolver.js';
import { VillageCadresResolver } from './village-cadres.resolver.js';

export { Cadre } from './cadre.entity.js';
export { CadreAssignment } from './cadre-assignment.entity.js';
export { CadreType, CadreAssignmentType } from './cadre.type.js';
export { cadreById } from './cadre.loaders.js';

/** Cadres and their postings to villages. */
export const feature: FeatureManifest = {
  name: 'cadres',
  resolvers: [CadreResolver, CadreAssignmentResolver, VillageCadresResolver],
  entities: [Cadre, CadreAssignment],
};
