/** Paths relative to the working directory, the layout `npm start` uses. */
export const DEFAULT_CONTENT = 'content';
export const DEFAULT_INDEX = '.kb/kb.sqlite';

/** `--content` of the commands that read a built index (rebuilt first when stale; see indexPaths). */
export const CONTENT_TO_REBUILD_FROM = 'content to (re)build the index from when it is missing or stale; without it, the folder the index was built from';
