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

const DEFAULT_QUERY = `# 示例：各乡镇近12个月的主要指标 / Example: key indicators of each township
query TownshipIndicators {
  viewer { displayName role scope { id name } }
  latestMonth
}
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
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
