import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Viewer } from '@/features/session';
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
