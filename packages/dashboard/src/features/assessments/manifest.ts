import { Medal } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { assessmentsEn, assessmentsZh } from './messages';

/** The assessment feature in the app: the boards and a village's score card. */
const assessmentsFeature = defineFeature({
  name: 'assessments',
  order: 30,
  routes: [
    { path: 'assessments', name: 'assessments', component: () => import('@/views/AssessmentsView.vue'), meta: { titleKey: 'assessments' } },
    {
      path: 'assessments/:villageId/:period',
      name: 'score-card',
      component: () => import('@/views/ScoreCardView.vue'),
      props: true,
      meta: { titleKey: 'assessments' },
    },
  ],
  nav: [{ routeName: 'assessments', path: '/assessments', key: 'assessments', icon: Medal }],
  messages: {
    'zh-CN': { nav: { assessments: '目标考核' }, ...assessmentsZh },
    en: { nav: { assessments: 'Assessments' }, ...assessmentsEn },
  },
});

export default assessmentsFeature;
