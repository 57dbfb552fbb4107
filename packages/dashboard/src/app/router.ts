import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import type { Viewer } from '@/features/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Key under `nav.` naming the page, for the header and the document title. */
    titleKey?: string;
    /** The page fills the content area edge to edge (the explorer's iframe). */
    fullBleed?: boolean;
  }
}

export function createAppRouter(loadViewer: () => Promise<Viewer | null>, history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes: [
      // Printable notices stand outside the shell: on paper there is no navigation.
      { path: '/surveys/evaluations/:id/print', name: 'evaluation-print', component: () => import('@/views/EvaluationPrintView.vue'), props: true, meta: { titleKey: 'surveys' } },
      { path: '/meetings/bulletin/print', name: 'bulletin-print', component: () => import('@/views/BulletinPrintView.vue'), meta: { titleKey: 'meetings' } },
      { path: '/meetings/:id(\\d+)/print', name: 'meeting-print', component: () => import('@/views/MeetingPrintView.vue'), props: true, meta: { titleKey: 'meetings' } },
      { path: '/sign-in', name: 'sign-in', component: () => import('@/views/SignInView.vue'), meta: { public: true } },
      {
        path: '/',
        component: () => import('@/app/layout/AppShell.vue'),
        children: [
          { path: '', name: 'overview', component: () => import('@/views/OverviewView.vue'), meta: { titleKey: 'overview' } },
          { path: 'villages', name: 'villages', component: () => import('@/views/VillagesView.vue'), meta: { titleKey: 'villages' } },
          { path: 'villages/:id', name: 'village', component: () => import('@/views/VillageView.vue'), props: true, meta: { titleKey: 'villages' } },
          { path: 'surveys', name: 'surveys', component: () => import('@/views/SurveysView.vue'), meta: { titleKey: 'surveys' } },
          { path: 'surveys/import', name: 'survey-import', component: () => import('@/views/SurveyImportView.vue'), meta: { titleKey: 'surveys' } },
          { path: 'surveys/evaluations', name: 'evaluations', component: () => import('@/views/EvaluationsView.vue'), meta: { titleKey: 'surveys' } },
          { path: 'complaints', name: 'complaints', component: () => import('@/views/ComplaintHotspotsView.vue'), meta: { titleKey: 'complaints' } },
          { path: 'complaints/list', name: 'complaints-list', component: () => import('@/views/ComplaintListView.vue'), meta: { titleKey: 'complaints' } },
          { path: 'complaints/new', name: 'complaint-new', component: () => import('@/views/ComplaintIntakeView.vue'), meta: { titleKey: 'complaints' } },
          { path: 'complaints/limits', name: 'complaint-limits', component: () => import('@/views/ComplaintTimeLimitsView.vue'), meta: { titleKey: 'complaints' } },
          { path: 'complaints/people/:id', name: 'complainant', component: () => import('@/views/ComplainantView.vue'), props: true, meta: { titleKey: 'complaints' } },
          { path: 'complaints/:id(\\d+)', name: 'complaint', component: () => import('@/views/ComplaintView.vue'), props: true, meta: { titleKey: 'complaints' } },
          { path: 'assessments', name: 'assessments', component: () => import('@/views/AssessmentsView.vue'), meta: { titleKey: 'assessments' } },
          { path: 'assessments/:villageId/:period', name: 'score-card', component: () => import('@/views/ScoreCardView.vue'), props: true, meta: { titleKey: 'assessments' } },
          { path: 'meetings', name: 'meetings', component: () => import('@/views/MeetingsView.vue'), meta: { titleKey: 'meetings' } },
          { path: 'meetings/:id(\\d+)', name: 'meeting', component: () => import('@/views/MeetingView.vue'), props: true, meta: { titleKey: 'meetings' } },
          { path: 'meetings/actions', name: 'action-items', component: () => import('@/views/ActionItemsView.vue'), meta: { titleKey: 'meetings' } },
          { path: 'meetings/actions/:id(\\d+)', name: 'action-item', component: () => import('@/views/ActionItemView.vue'), props: true, meta: { titleKey: 'meetings' } },
          { path: 'meetings/bulletin', name: 'bulletin', component: () => import('@/views/BulletinView.vue'), meta: { titleKey: 'meetings' } },
          { path: 'query', name: 'explorer', component: () => import('@/views/ExplorerView.vue'), meta: { titleKey: 'explorer', fullBleed: true } },
          { path: ':rest(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
        ],
      },
    ],
  });

  router.beforeEach(async (to) => {
    // A failed viewer lookup (API down) counts as signed out: the sign-in page says why on submit.
    const viewer = await loadViewer().catch(() => null);
    if (to.meta.public) return to.name === 'sign-in' && viewer ? { path: '/' } : true;
    if (!viewer) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    return true;
  });

  return router;
}
