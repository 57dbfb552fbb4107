import { describe, expect, it } from 'vitest';
import type { FeatureManifest } from './manifest.js';
import { featuresInOrder } from './order.js';

const feature = (name: string, after?: string[]): FeatureManifest => ({ name, resolvers: [], after });
const names = (features: FeatureManifest[]) => features.map((f) => f.name);

describe('featuresInOrder', () => {
  it('puts a feature after the ones it names, by name otherwise, whatever order they were found in', () => {
    const found = [feature('meetings', ['assessments']), feature('users'), feature('assessments', ['complaints']), feature('complaints'), feature('audit')];
    expect(names(featuresInOrder(found))).toEqual(['audit', 'complaints', 'assessments', 'meetings', 'users']);
    expect(names(featuresInOrder([...found].reverse()))).toEqual(names(featuresInOrder(found)));
  });

  it('refuses a name that is no feature, and features that wait for each other', () => {
    expect(() => featuresInOrder([feature('meetings', ['agenda'])])).toThrow('Feature meetings comes after agenda, which is no feature');
    expect(() => featuresInOrder([feature('a', ['b']), feature('b', ['a'])])).toThrow('Features wait for each other: a, b');
  });
});
