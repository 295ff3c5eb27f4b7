import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type RequestHandler } from 'express';

const MISSING_CLIENT = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Digitalcheck-Assistent</title></head>
<body><h1>Digitalcheck-Assistent</h1>
<p>Die Browser-Oberfläche ist noch nicht gebaut. Bitte führen Sie <code>npm run build:client</code> aus
(oder starten Sie mit <code>npm start</code>, das die Oberfläche automatisch baut) und laden Sie die Seite neu.</p>
<p>The browser client has not been built yet: run <code>npm run build:client</code>.</p></body></html>`;

/** Files of the built client (client/dist); they need no session. */
export function clientAssets(distDir: string): RequestHandler {
  return express.static(resolve(distDir), { index: false, maxAge: '1h', fallthrough: true });
}

/**
 * A page load: browsers list text/html explicitly in Accept for navigations, scripts and images do not
 * (an Accept of any type alone must not count, or a missing /assets/x.js would get index.html with 200).
 */
const isNavigation = (accept: string | undefined) => /(^|,)\s*text\/html\b/i.test(accept ?? '');

/** index.html for page loads of client-side routes, or a German hint when the client is not built. */
export function spaFallback(distDir: string): RequestHandler {
  const index = join(resolve(distDir), 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' || /^\/(api|assets)\//.test(req.path) || !isNavigation(req.headers.accept)) return next();
    res.set('Cache-Control', 'no-cache');
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('html').send(MISSING_CLIENT);
  };
}
