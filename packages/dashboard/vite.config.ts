import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// In development the API runs separately on :4000; in production it serves this build itself,
// so every API path is same-origin and the session cookie needs no CORS.
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/explorer': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts with only line, bar, heatmap and scatter charts, grid, tooltip, legend, markers and
    // the visual map is ~620 kB (the full build ~770 kB); nothing else comes near.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases,
        // and only pages with charts load ECharts.
        codeSplitting: {
          groups: [
            // Vue first: otherwise it lands in whichever library chunk imports it first.
            {
              name: 'vue',
              test: /node_modules[\\/](@vue[\\/](runtime-core|runtime-dom|reactivity|shared)|vue|vue-router|vue-i18n|@intlify)[\\/]/,
              priority: 20,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/ },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus|@floating-ui|lodash-es|@vueuse|async-validator|dayjs)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable|@vue[\\/]apollo-composable)[\\/]/ },
          ],
        },
      },
    },
  },
});
