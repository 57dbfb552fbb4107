import type { FeatureManifest } from '../../features/manifest.js';
import { Department } from './department.entity.js';
import { ResponsibilityLetter } from './responsibility-letter.entity.js';
import { DepartmentResolver, ResponsibilityLetterResolver } from './department.resolver.js';

export { Department } from './department.entity.js';
export { ResponsibilityLetter } from './responsibility-letter.entity.js';
export { DepartmentType } from './department.type.js';
export { departmentById } from './department.loaders.js';

/** Member departments and their responsibility letters. */
export const feature: FeatureManifest = {
  name: 'departments',
  resolvers: [DepartmentResolver, ResponsibilityLetterResolver],
  entities: [Department, ResponsibilityLetter],
};
