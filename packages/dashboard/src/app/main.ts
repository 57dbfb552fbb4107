import { createApp } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import 'element-plus/dist/index.css';
import './theme.css';
import App from './App.vue';
import { createApolloClient } from '@/lib/apollo';
import { i18n } from './i18n';
import { createAppRouter } from './router';
import { loadViewer } from '@/features/session';

// The router needs the client (to know the viewer) and the client needs the router (to leave
// when the session is lost), so the callback reads the router lazily.
let router: ReturnType<typeof createAppRouter> | undefined;
const apollo = createApolloClient(() => {
  const current = router?.currentRoute.value;
  if (!router || !current || current.meta.public) return;
  void apollo.clearStore().then(() => router!.replace({ name: 'sign-in', query: { redirect: current.fullPath } }));
});
router = createAppRouter(() => loadViewer(apollo));

createApp(App).provide(DefaultApolloClient, apollo).use(i18n).use(router).mount('#app');
