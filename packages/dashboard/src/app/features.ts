// Each feature's manifest file rather than its index: the index also exports the feature's
// components, and importing those here would load every page up front instead of on demand.
import { assessmentsFeature } from '@/features/assessments/manifest';
import { complaintsFeature } from '@/features/complaints/manifest';
import { meetingsFeature } from '@/features/meetings/manifest';
import { overviewFeature } from '@/features/overview/manifest';
import { sessionFeature } from '@/features/session/manifest';
import { surveysFeature } from '@/features/surveys/manifest';
import { villagesFeature } from '@/features/villages/manifest';

/**
 * The composition root: every feature of the dashboard, the one list the router (router.ts), the
 * messages (i18n/messages.ts) and the side navigation (navigation.ts) read. The order is the side
 * navigation's: the order a leader works through the pages.
 */
export const FEATURES = [sessionFeature, overviewFeature, villagesFeature, assessmentsFeature, surveysFeature, complaintsFeature, meetingsFeature] as const;

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** Every feature's messages together, typed: what `t()` can look up beside the app's own. */
export type FeatureMessages = Intersection<NonNullable<(typeof FEATURES)[number]['messages']>['zh-CN']>;
