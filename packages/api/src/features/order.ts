import type { FeatureManifest } from './manifest.js';

/**
 * The features with each after the ones its `after` names, by name where nothing decides: the same
 * order on every machine, whatever order the folder is read in. Refuses an unknown name and a loop.
 */
export function featuresInOrder(features: readonly FeatureManifest[]): FeatureManifest[] {
  const byName = new Map(features.map((feature) => [feature.name, feature]));
  for (const feature of features) {
    for (const name of feature.after ?? []) {
      if (!byName.has(name)) throw new Error(`Feature ${feature.name} comes after ${name}, which is no feature`);
    }
  }
  const ordered: FeatureManifest[] = [];
  const placed = new Set<string>();
  const waiting = [...features].sort((a, b) => a.name.localeCompare(b.name));
  while (waiting.length) {
    const next = waiting.findIndex((feature) => (feature.after ?? []).every((name) => placed.has(name)));
    if (next < 0) throw new Error(`Features wait for each other: ${waiting.map((feature) => feature.name).join(', ')}`);
    const [feature] = waiting.splice(next, 1);
    ordered.push(feature);
    placed.add(feature.name);
  }
  return ordered;
}
