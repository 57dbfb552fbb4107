import type { AnyEntity, EntityClass } from '@mikro-orm/core';
import type { FeatureDemo } from '../demo/feature-demo.js';

/**
 * What a feature brings to the API, exported by its `index.ts` and read only by the composition
 * root (`features/index.ts`): the schema, the ORM and the demo loader take every feature from there,
 * so adding one edits no shared list.
 */
export interface FeatureManifest {
  /** Short name, e.g. `complaints`, for logs and error messages. */
  name: string;
  /** Its type-graphql resolvers (root fields and the fields it adds to other features' types). */
  resolvers: readonly Function[];
  /** Its MikroORM entities. */
  entities?: readonly EntityClass<AnyEntity>[];
  /** Its demo data, written after the foundation's and after the demos of the features listed before it. */
  demo?: FeatureDemo;
  /**
   * Subscribes the feature to other features' events (the assessment refreshes a village's results
   * when a complaint becomes a petition above county level). The composition root calls it once;
   * a feature never subscribes as a side effect of being imported, where the subscription would
   * silently vanish with the import.
   */
  wire?(): void;
}
