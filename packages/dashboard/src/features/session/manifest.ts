import { defineFeature } from '@/lib/feature';
import { sessionEn, sessionZh } from './messages';

/** The session feature in the app: the sign-in page. */
const sessionFeature = defineFeature({
  name: 'session',
  order: 0,
  standaloneRoutes: [{ path: '/sign-in', name: 'sign-in', component: () => import('@/views/SignInView.vue'), meta: { public: true } }],
  messages: {
    'zh-CN': sessionZh,
    en: sessionEn,
  },
});

export default sessionFeature;
