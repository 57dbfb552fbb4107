import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Viewer } from '@/features/session';
import { FEATURES } from './features';
import { NAV_ITEMS } from './navigation';
import { createAppRouter } from './router';

// The guard is under test, not the pages: stand-ins keep the test from compiling the whole app.
const page = { default: { render: () => null } };
vi.mock('@/app/layout/AppShell.vue', () => page);
vi.mock('@/views/SignInView.vue', () => page);
vi.mock('@/views/OverviewView.vue', () => page);
vi.mock('@/views/VillagesView.vue', () => page);
vi.mock('@/views/VillageView.vue', () => page);
vi.mock('@/views/ExplorerView.vue', () => page);
vi.mock('@/views/NotFoundView.vue', () => page);

const leader = { id: '1', username: 'leader', displayName: '王书记', role: 'LEADER' } as Viewer;

async function navigate(viewer: Viewer | null, path: string) {
  const router = createAppRouter(async () => viewer, createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('route guard', () => {
  it('sends a signed-out visitor to sign-in and remembers where they were going', async () => {
    const route = await navigate(null, '/villages?category=A');
    expect(route.name).toBe('sign-in');
    expect(route.query.redirect).toBe('/villages?category=A');
  });

  it('lets a signed-in viewer through', async () => {
    expect((await navigate(leader, '/villages')).name).toBe('villages');
  });

  it('sends a signed-in viewer away from the sign-in page', async () => {
    expect((await navigate(leader, '/sign-in')).name).toBe('overview');
  });

  it('treats an unreachable API as signed out', async () => {
    const router = createAppRouter(() => Promise.reject(new Error('down')), createMemoryHistory());
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });
});

describe('routes', () => {
  const router = createAppRouter(async () => leader, createMemoryHistory());

  it('come from every folder under features/ with a manifest, found without a list, in the navigation’s order', () => {
    const folders = Object.keys(import.meta.glob('../features/*/manifest.ts')).map((file) => file.split('/')[2]);
    expect(FEATURES.map((feature) => feature.name).sort()).toEqual(folders.sort());
    expect(FEATURES.map((feature) => feature.name)).toEqual(['session', 'overview', 'villages', 'assessments', 'surveys', 'complaints', 'meetings']);
  });

  it('include every feature’s pages, inside the shell and outside it', () => {
    const names = FEATURES.flatMap((feature) => [...(feature.routes ?? []), ...(feature.standaloneRoutes ?? [])]).map((route) => route.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(router.hasRoute(name!), String(name)).toBe(true);
  });

  it('keep the addresses people have bookmarked and printed', () => {
    const pages: Record<string, string> = {
      '/sign-in': 'sign-in',
      '/': 'overview',
      '/villages': 'villages',
      '/villages/17': 'village',
      '/assessments': 'assessments',
      '/assessments/17/2025-Q3': 'score-card',
      '/surveys': 'surveys',
      '/surveys/import': 'survey-import',
      '/surveys/evaluations': 'evaluations',
      '/surveys/evaluations/4/print': 'evaluation-print',
      '/complaints': 'complaints',
      '/complaints/list': 'complaints-list',
      '/complaints/new': 'complaint-new',
      '/complaints/limits': 'complaint-limits',
      '/complaints/people/9': 'complainant',
      '/complaints/12': 'complaint',
      '/meetings': 'meetings',
      '/meetings/3': 'meeting',
      '/meetings/3/print': 'meeting-print',
      '/meetings/actions': 'action-items',
      '/meetings/actions/8': 'action-item',
      '/meetings/bulletin': 'bulletin',
      '/meetings/bulletin/print': 'bulletin-print',
      '/query': 'explorer',
      '/no/such/page': 'not-found',
    };
    for (const [path, name] of Object.entries(pages)) expect(router.resolve(path).name, path).toBe(name);
  });

  it('give every side-navigation entry a page', () => {
    for (const item of NAV_ITEMS) expect(router.resolve(item.path).name, item.path).toBe(item.routeName);
  });
});
