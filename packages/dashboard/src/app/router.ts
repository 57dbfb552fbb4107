import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import type { Viewer } from '@/features/session';
import { COMING_FEATURES } from './navigation';

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
      { path: '/sign-in', name: 'sign-in', component: () => import('@/views/SignInView.vue'), meta: { public: true } },
      {
        path: '/',
        component: () => import('@/app/layout/AppShell.vue'),
        children: [
          { path: '', name: 'overview', component: () => import('@/views/OverviewView.vue'), meta: { titleKey: 'overview' } },
          { path: 'villages', name: 'villages', component: () => import('@/views/VillagesView.vue'), meta: { titleKey: 'villages' } },
          { path: 'villages/:id', name: 'village', component: () => import('@/views/VillageView.vue'), props: true, meta: { titleKey: 'villages' } },
          { path: 'assessments', name: 'assessments', component: () => import('@/views/AssessmentsView.vue'), meta: { titleKey: 'assessments' } },
          { path: 'assessments/:villageId/:period', name: 'score-card', component: () => import('@/views/ScoreCardView.vue'), props: true, meta: { titleKey: 'assessments' } },
          ...COMING_FEATURES.map((feature) => ({
            path: feature,
            name: feature,
            component: () => import('@/views/ComingSoonView.vue'),
            props: { feature },
            meta: { titleKey: feature },
          })),
          { path: 'explorer', name: 'explorer', component: () => import('@/views/ExplorerView.vue'), meta: { titleKey: 'explorer', fullBleed: true } },
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
