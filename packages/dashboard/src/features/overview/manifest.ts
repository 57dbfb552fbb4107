import { DataAnalysis } from '@element-plus/icons-vue';
import { defineFeature } from '@/lib/feature';
import { overviewEn, overviewZh } from './messages';

/** The overview feature in the app: the scope's front page. */
const overviewFeature = defineFeature({
  name: 'overview',
  order: 10,
  routes: [{ path: '', name: 'overview', component: () => import('@/views/OverviewView.vue'), meta: { titleKey: 'overview' } }],
  nav: [{ routeName: 'overview', path: '/', key: 'overview', icon: DataAnalysis }],
  messages: {
    'zh-CN': { nav: { overview: '概览' }, ...overviewZh },
    en: { nav: { overview: 'Overview' }, ...overviewEn },
  },
});

export default overviewFeature;
