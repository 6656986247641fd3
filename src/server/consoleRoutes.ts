import { fileURLToPath } from 'node:url';
import { Router, type NextFunction, type Response } from 'express';
import { HttpError } from '../errors.js';

/**
 * The agent console: one HTML page, one stylesheet and one script, all served by this app
 * (no CDN, nothing fetched from elsewhere). The script is compiled from console/console.ts;
 * the HTML and CSS are served from the source folder.
 */
const sourceDir = fileURLToPath(new URL('../../../src/server/console/', import.meta.url));
const compiledDir = fileURLToPath(new URL('./console/', import.meta.url));

export function consoleRoutes(): Router {
  const router = Router();
  const send = (file: string, type: string) => (_req: unknown, res: Response, next: NextFunction) => {
    res.type(type).set('Cache-Control', 'no-cache').sendFile(file, (err) => {
      if (err) next(new HttpError(404, 'not-found', 'console file missing: run `npm run compile`'));
    });
  };
  router.get('/', send(`${sourceDir}index.html`, 'html'));
  router.get('/console.css', send(`${sourceDir}console.css`, 'css'));
  router.get('/console.js', send(`${compiledDir}console.js`, 'js'));
  return router;
}
