import { readFileSync } from 'node:fs';

/** This package's version, part of every content hash so an upgrade rebuilds the index. */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
