import { Document } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { meetingsEn, meetingsZh } from './messages';

/** The meetings feature in the app: meetings, one meeting, action items, the supervision bulletin, and their printed forms. */
const meetingsFeature = defineFeature({
  name: 'meetings',
  order: 60,
  routes: [
    { path: 'meetings', name: 'meetings', component: () => import('@/views/MeetingsView.vue'), meta: { titleKey: 'meetings' } },
    { path: 'meetings/:id(\\d+)', name: 'meeting', component: () => import('@/views/MeetingView.vue'), props: true, meta: { titleKey: 'meetings' } },
    { path: 'meetings/actions', name: 'action-items', component: () => import('@/views/ActionItemsView.vue'), meta: { titleKey: 'meetings' } },
    {
      path: 'meetings/actions/:id(\\d+)',
      name: 'action-item',
      component: () => import('@/views/ActionItemView.vue'),
      props: true,
      meta: { titleKey: 'meetings' },
    },
    { path: 'meetings/bulletin', name: 'bulletin', component: () => import('@/views/BulletinView.vue'), meta: { titleKey: 'meetings' } },
  ],
  standaloneRoutes: [
    { path: '/meetings/bulletin/print', name: 'bulletin-print', component: () => import('@/views/BulletinPrintView.vue'), meta: { titleKey: 'meetings' } },
    {
      path: '/meetings/:id(\\d+)/print',
      name: 'meeting-print',
      component: () => import('@/views/MeetingPrintView.vue'),
      props: true,
      meta: { titleKey: 'meetings' },
    },
  ],
  nav: [{ routeName: 'meetings', path: '/meetings', key: 'meetings', icon: Document }],
  messages: {
    'zh-CN': { nav: { meetings: '联席会议' }, meetings: meetingsZh },
    en: { nav: { meetings: 'Joint meeting' }, meetings: meetingsEn },
  },
});

export default meetingsFeature;
