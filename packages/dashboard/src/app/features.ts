import type { FeatureManifest } from '@/lib/feature';

// Each feature's manifest file rather than its index: the index also exports the feature's
// components, and importing those here would load every page up front instead of on demand.
const manifests = import.meta.glob<FeatureManifest>('../features/*/manifest.ts', { eager: true, import: 'default' });

/**
 * The composition root: every feature of the dashboard, found by its `manifest.ts`, so adding a
 * feature is adding its folder. The router (router.ts), the messages (i18n/messages.ts) and the
 * side navigation (navigation.ts) read this list, in the features' `order`.
 */
export const FEATURES: readonly FeatureManifest[] = Object.values(manifests).sort((a, b) => a.order - b.order);
