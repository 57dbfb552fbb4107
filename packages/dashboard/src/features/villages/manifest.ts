import { HomeFilled } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { villagesEn, villagesZh } from './messages';

/** The villages feature in the app: the list and one village's page. */
const villagesFeature = defineFeature({
  name: 'villages',
  order: 20,
  routes: [
    { path: 'villages', name: 'villages', component: () => import('@/views/VillagesView.vue'), meta: { titleKey: 'villages' } },
    { path: 'villages/:id', name: 'village', component: () => import('@/views/VillageView.vue'), props: true, meta: { titleKey: 'villages' } },
  ],
  nav: [{ routeName: 'villages', path: '/villages', key: 'villages', icon: HomeFilled }],
  messages: {
    'zh-CN': { nav: { villages: '村居' }, ...villagesZh },
    en: { nav: { villages: 'Villages' }, ...villagesEn },
  },
});

export default villagesFeature;
