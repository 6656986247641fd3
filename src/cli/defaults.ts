/** Paths relative to the working directory, the layout `npm start` uses. */
export const DEFAULT_CONTENT = 'content';
export const DEFAULT_INDEX = '.kb/kb.sqlite';
