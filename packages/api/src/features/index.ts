import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { featuresInOrder } from './order.js';
import type { FeatureManifest } from './manifest.js';

export type { FeatureManifest } from './manifest.js';

const here = fileURLToPath(import.meta.url);
const modules = path.join(path.dirname(here), '../modules');
// `.ts` when the tests run the sources, `.js` in the build.
const entry = (name: string) => path.join(modules, name, `index${path.extname(here)}`);

/**
 * The composition root: every folder under `modules/` with an `index` exporting `feature` is a
 * feature of the API. The schema (graphql/schema.ts), the ORM (db/entities.ts) and the demo
 * (demo/features.ts) read this list, so adding a feature is adding its folder. Found by reading the
 * folder rather than by a glob import (MikroORM's needs Node 22); ordered by `after`, which is the
 * order the demos run in.
 */
export const FEATURES: readonly FeatureManifest[] = featuresInOrder(
  await Promise.all(
    fs
      .readdirSync(modules, { withFileTypes: true })
      .filter((dirent) => dirent.isDirectory() && fs.existsSync(entry(dirent.name)))
      .map(async (dirent) => {
        const { feature } = (await import(pathToFileURL(entry(dirent.name)).href)) as { feature?: FeatureManifest };
        if (!feature) throw new Error(`modules/${dirent.name}/index exports no \`feature\` manifest`);
        return feature;
      }),
  ),
);

wireFeatures(FEATURES);

/**
 * Subscribes every feature's listeners, once per process. Here rather than in each feature's files:
 * anything that opens the database (db/entities.ts) or builds the schema loads this root, so a
 * listener cannot go missing because some file happened not to be imported.
 */
function wireFeatures(features: readonly FeatureManifest[]): void {
  for (const feature of features) feature.wire?.();
}
