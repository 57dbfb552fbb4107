import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** The built dashboard, with every unknown GET path answered by index.html (client-side routes). */
export function dashboardRouter(dashboardDir: string): Router {
  const router = express.Router();
  const index = path.join(dashboardDir, 'index.html');
  if (!fs.existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(503).type('text').send(`The dashboard is not built (${index} is missing). Run "pnpm build" at the repository root.`);
    });
    return router;
  }
  // Hashed assets never change; index.html must always be fresh to pick up a new build.
  router.use('/assets', express.static(path.join(dashboardDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(dashboardDir, { index: false }));
  router.get(/.*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
