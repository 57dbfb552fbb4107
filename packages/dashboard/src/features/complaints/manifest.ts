import { ChatLineSquare } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { complaintsEn, complaintsZhCN } from './messages';

/** The complaints feature in the app: hotspots, the list, intake, time limits, person files, one complaint. */
const complaintsFeature = defineFeature({
  name: 'complaints',
  order: 50,
  routes: [
    { path: 'complaints', name: 'complaints', component: () => import('@/views/ComplaintHotspotsView.vue'), meta: { titleKey: 'complaints' } },
    { path: 'complaints/list', name: 'complaints-list', component: () => import('@/views/ComplaintListView.vue'), meta: { titleKey: 'complaints' } },
    { path: 'complaints/new', name: 'complaint-new', component: () => import('@/views/ComplaintIntakeView.vue'), meta: { titleKey: 'complaints' } },
    { path: 'complaints/limits', name: 'complaint-limits', component: () => import('@/views/ComplaintTimeLimitsView.vue'), meta: { titleKey: 'complaints' } },
    {
      path: 'complaints/people/:id',
      name: 'complainant',
      component: () => import('@/views/ComplainantView.vue'),
      props: true,
      meta: { titleKey: 'complaints' },
    },
    { path: 'complaints/:id(\\d+)', name: 'complaint', component: () => import('@/views/ComplaintView.vue'), props: true, meta: { titleKey: 'complaints' } },
  ],
  nav: [{ routeName: 'complaints', path: '/complaints', key: 'complaints', icon: ChatLineSquare }],
  messages: {
    'zh-CN': { nav: { complaints: '信访举报' }, complaints: complaintsZhCN },
    en: { nav: { complaints: 'Complaints' }, complaints: complaintsEn },
  },
});

export default complaintsFeature;
