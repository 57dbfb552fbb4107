import { FEATURES } from '../features/index.js';

/** Every feature's entities, from the composition root (listed, not discovered by glob: that needs Node 22 in MikroORM 7). */
export const entities = FEATURES.flatMap((feature) => feature.entities ?? []);
