import { Monitor } from '@element-plus/icons-vue';
import type { NavItem } from '@/lib/feature';
import { FEATURES } from './features';

/** The side navigation: the features' pages in the composition root's order, then the app's own explorer. */
export const NAV_ITEMS: readonly NavItem[] = [
  ...FEATURES.flatMap((feature) => feature.nav ?? []),
  // Not /explorer: that path is the API's own GraphiQL, which this page frames.
  { routeName: 'explorer', path: '/query', key: 'explorer', icon: Monitor },
];
