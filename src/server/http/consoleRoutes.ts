import { fileURLToPath } from 'node:url';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { HttpError } from '../../errors.js';

/**
 * The agent console: one HTML page, its stylesheets and its ES modules, all served by this
 * app (no CDN, nothing fetched from elsewhere; CSP script-src 'self' allows modules). The
 * modules are compiled from src/console/ by `npm run compile` (tsc -p src/console); the
 * HTML and CSS are served from the source folder. The console imports three modules
 * shared with the server, which have no imports of their own: those, and nothing else of
 * the server's code, are served too.
 */
const sourceDir = fileURLToPath(new URL('../../../../src/console/', import.meta.url));
const compiledDir = fileURLToPath(new URL('../../console/', import.meta.url));
const compiledSrc = fileURLToPath(new URL('../../', import.meta.url));
const SHARED_MODULES = ['assist/transcriptText.js', 'assist/personalData.js', 'events/event.js'];
const FILE = /^[A-Za-z][A-Za-z0-9]*\.(js|css)$/;

export function consoleRoutes(): Router {
  const router = Router();
  const send = (file: string, type: string, res: Response, next: NextFunction) => {
    res.type(type).set('Cache-Control', 'no-cache').sendFile(file, (err) => {
      if (err) next(new HttpError(404, 'not-found', 'console file missing: run `npm run compile`'));
    });
  };
  router.get('/', (_req, res, next) => send(`${sourceDir}index.html`, 'html', res, next));
  router.get('/console/:file', (req: Request, res, next) => {
    const file = String(req.params.file);
    const m = FILE.exec(file);
    if (!m) return next(new HttpError(404, 'not-found', `no console file "${file.slice(0, 80)}"`));
    if (m[1] === 'css') send(`${sourceDir}styles/${file}`, 'css', res, next);
    else send(`${compiledDir}${file}`, 'js', res, next);
  });
  for (const shared of SHARED_MODULES) router.get(`/${shared}`, (_req, res, next) => send(`${compiledSrc}${shared}`, 'js', res, next));
  return router;
}
