import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';

const MISSING_CLIENT = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Digitalcheck-Assistent</title></head>
<body><h1>Digitalcheck-Assistent</h1>
<p>Die Browser-Oberfläche ist noch nicht gebaut. Bitte führen Sie <code>npm run build:client</code> aus
(oder starten Sie mit <code>npm start</code>, das die Oberfläche automatisch baut) und laden Sie die Seite neu.</p>
<p>The browser client has not been built yet: run <code>npm run build:client</code>.</p></body></html>`;

/** The built client (client/dist) with SPA fallback for client-side routes. */
export function clientRoutes(distDir: string): Router {
  const dir = resolve(distDir);
  const index = join(dir, 'index.html');
  const router = Router();
  router.use(express.static(dir, { index: false, maxAge: '1h', fallthrough: true }));
  router.get(/^(?!\/api\/|\/socket\.io\/|\/healthz$).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('html').send(MISSING_CLIENT);
  });
  return router;
}
