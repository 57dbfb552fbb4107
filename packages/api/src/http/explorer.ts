import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * GraphiQL served from our own node_modules (no CDN: township networks are often offline). It
 * posts to /graphql with the session cookie, so analysts query exactly what their role may see.
 */
export function explorerRouter(): Router {
  const router = express.Router();
  const assets: Record<string, string> = {
    'react.js': path.join(dirOf('react'), 'umd/react.production.min.js'),
    'react-dom.js': path.join(dirOf('react-dom'), 'umd/react-dom.production.min.js'),
    'graphiql.js': path.join(dirOf('graphiql'), 'graphiql.min.js'),
    'graphiql.css': path.join(dirOf('graphiql'), 'graphiql.min.css'),
  };
  router.get('/assets/:file', (req, res, next) => {
    const file = assets[req.params.file];
    if (!file) return next();
    // pnpm keeps packages under node_modules/.pnpm; send() refuses dot-directories unless told.
    res.sendFile(file, { maxAge: '7d', dotfiles: 'allow' });
  });
  router.get('/', (_req, res) => {
    res.type('html').send(PAGE);
  });
  return router;
}

/**
 * The first visit's example, a query that answers its title. The page fills in the user's own
 * unit and the 12 months ending with the latest month with statistics (the overview's period),
 * read with the session before GraphiQL starts.
 */
export const EXAMPLE_QUERY = `# 示例：各乡镇近12个月的主要指标 / Example: key indicators of each township over the last 12 months
# parentId 是你的单位：县的下级是乡镇，乡镇的下级是村 / parentId is your unit: a county's rows are its townships, a township's its villages
query TownshipIndicators {
  indicatorBreakdown(parentId: "PARENT_ID", period: { from: "FROM", to: "TO" }) {
    orgUnit { code name }
    villagesReporting
    totals { population births deaths }
    values { key value unit reliable }
  }
}
`;

const SIGNED_OUT = `# 请先登录仪表盘：查询使用它的会话 / Sign in on the dashboard first: queries run with its session
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>GraphQL 查询 · 人口计生工作平台</title>
  <link rel="stylesheet" href="/explorer/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/explorer/assets/react.js"></script>
  <script src="/explorer/assets/react-dom.js"></script>
  <script src="/explorer/assets/graphiql.js"></script>
  <script>
    const send = (url, init) => fetch(url, { ...init, credentials: 'same-origin' });
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', fetch: send });
    async function example() {
      const response = await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { scope { id } } latestMonth }' }) });
      const { data } = await response.json();
      if (!data?.viewer) return ${JSON.stringify(SIGNED_OUT)};
      const [year, month] = data.latestMonth.split('-').map(Number);
      const from = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 7);
      return ${JSON.stringify(EXAMPLE_QUERY)}.replace('PARENT_ID', data.viewer.scope.id).replace('FROM', from).replace('TO', data.latestMonth);
    }
    example().catch(() => ${JSON.stringify(SIGNED_OUT)}).then((defaultQuery) => {
      ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
    });
  </script>
</body>
</html>`;
