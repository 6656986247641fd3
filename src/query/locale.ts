import { hasHan } from '../analysis/hanCharacters.js';
import { QueryError } from '../errors.js';
import { LOCALES, type Locale } from '../types.js';

/** Chinese if the text has any Chinese character, else English. */
export function detectLocale(text: string): Locale {
  return hasHan(text) ? 'zh-CN' : 'en';
}

/**
 * A locale the user named (`?locale=`, `--locale`, an API body), in any case and with or
 * without the region (`zh`, `EN`); undefined when not given, a QueryError when unknown.
 */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined || value === '') return undefined;
  const found = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase() || l.split('-')[0] === value.toLowerCase());
  if (!found) throw new QueryError('query.bad-locale', `query: unknown locale "${value}"`, `use one of: ${LOCALES.join(', ')}`);
  return found;
}
