import type { AnyEntity, EntityClass } from '@mikro-orm/core';
import type { FeatureDemo } from '../demo/feature-demo.js';

/**
 * What a feature brings to the API, exported as `feature` by its `index.ts` and found there by the
 * composition root (`features/index.ts`): the schema, the ORM and the demo loader take every
 * feature from it, so adding one edits no shared file.
 */
export interface FeatureManifest {
  /** Short name, e.g. `complaints`, for logs and error messages; other manifests' `after` use it. */
  name: string;
  /**
   * Features whose demo must have run before this one's (its demo reads what theirs wrote); the
   * composition root orders the features by it, by name otherwise.
   */
  after?: readonly string[];
  /** Its type-graphql resolvers (root fields and the fields it adds to other features' types). */
  resolvers: readonly Function[];
  /** Its MikroORM entities. */
  entities?: readonly EntityClass<AnyEntity>[];
  /** Its demo data, written after the foundation's and after the demos of the features in `after`. */
  demo?: FeatureDemo;
  /**
   * Subscribes the feature to other features' events (the assessment refreshes a village's results
   * when a complaint becomes a petition above county level). The composition root calls it once;
   * a feature never subscribes as a side effect of being imported, where the subscription would
   * silently vanish with the import.
   */
  wire?(): void;
}
