import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useVillageListState } from './useVillageListState';

async function setup(initial = '/villages') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/villages', name: 'villages', component: { render: () => null } }],
  });
  await router.push(initial);
  let api!: ReturnType<typeof useVillageListState>;
  mount(
    defineComponent({
      setup() {
        api = useVillageListState();
        return () => h('div');
      },
    }),
    { global: { plugins: [router] } },
  );
  const query = () => router.currentRoute.value.query;
  return { router, api, query };
}

describe('useVillageListState', () => {
  it('writes filters to the URL and starts again at page one', async () => {
    const { api, query } = await setup('/villages?page=3&after=c2');
    await api.update({ township: 't1', category: 'A', search: '河' });
    await flushPromises();
    expect(query()).toEqual({ township: 't1', category: 'A', q: '河' });
    expect(api.state.value.page).toBe(1);
  });

  it('pages forward with the end cursor and back through the remembered cursors', async () => {
    const { api, query } = await setup('/villages?sort=HEALTH_CHECK_RATE&dir=DESC');
    await api.nextPage('cursor-20');
    await api.nextPage('cursor-40');
    expect(query()).toMatchObject({ page: '3', after: 'cursor-40', sort: 'HEALTH_CHECK_RATE' });
    await api.previousPage();
    expect(query()).toMatchObject({ page: '2', after: 'cursor-20' });
    await api.previousPage();
    expect(query().page).toBeUndefined();
    expect(query().after).toBeUndefined();
  });

  it('steps back to the first page from a shared link whose earlier cursors it never saw', async () => {
    const { api, query } = await setup('/villages?page=5&after=cursor-80');
    expect(api.state.value).toMatchObject({ page: 5, after: 'cursor-80' });
    await api.previousPage();
    expect(query()).toEqual({});
  });

  it('changing the page size resets paging', async () => {
    const { api, query } = await setup('/villages?page=2&after=c');
    await api.setPageSize(100);
    expect(query()).toEqual({ size: '100' });
  });

  it('follows the browser history', async () => {
    const { api, router } = await setup();
    await api.update({ category: 'C' });
    router.back();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();
    expect(api.state.value.category).toBeNull();
  });
});
