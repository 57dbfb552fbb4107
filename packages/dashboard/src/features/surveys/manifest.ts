import { Tickets } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { surveysEn, surveysZh } from './messages';

/** The surveys feature in the app: results, import, democratic evaluation and its printed notice. */
const surveysFeature = defineFeature({
  name: 'surveys',
  order: 40,
  routes: [
    { path: 'surveys', name: 'surveys', component: () => import('@/views/SurveysView.vue'), meta: { titleKey: 'surveys' } },
    { path: 'surveys/import', name: 'survey-import', component: () => import('@/views/SurveyImportView.vue'), meta: { titleKey: 'surveys' } },
    { path: 'surveys/evaluations', name: 'evaluations', component: () => import('@/views/EvaluationsView.vue'), meta: { titleKey: 'surveys' } },
  ],
  standaloneRoutes: [
    {
      path: '/surveys/evaluations/:id/print',
      name: 'evaluation-print',
      component: () => import('@/views/EvaluationPrintView.vue'),
      props: true,
      meta: { titleKey: 'surveys' },
    },
  ],
  nav: [{ routeName: 'surveys', path: '/surveys', key: 'surveys', icon: Tickets }],
  messages: {
    'zh-CN': { nav: { surveys: '满意度调查' }, surveys: surveysZh },
    en: { nav: { surveys: 'Surveys' }, surveys: surveysEn },
  },
});

export default surveysFeature;
