import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import type { Viewer } from '@/features/session';
import { FEATURES } from './features';

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
      // Sign-in and the printable notices stand outside the shell: on paper there is no navigation.
      ...FEATURES.flatMap((feature) => feature.standaloneRoutes ?? []),
      {
        path: '/',
        component: () => import('@/app/layout/AppShell.vue'),
        children: [
          ...FEATURES.flatMap((feature) => feature.routes ?? []),
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
