import type { Locale } from '../types.js';
import { LABELS, type LabelKey } from './labels.js';
import { storageGet, storageSet } from './storage.js';

const LOCALE_KEY = 'kb-console.locale';

let current: Locale = storageGet(() => localStorage, LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
const listeners: Array<(locale: Locale) => void> = [];

/** The language the agent reads the console in (and asks the API to answer in). */
export function locale(): Locale {
  return current;
}

/** A label in the current language, with `{name}` variables filled in. */
export function t(key: LabelKey, vars: Record<string, string | number> = {}): string {
  return LABELS[current][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A label for a key made at run time (a personal-data kind, a feedback reason), or `fallback`. */
export function tMaybe(key: string, fallback: string): string {
  return key in LABELS[current] ? t(key as LabelKey) : fallback;
}

/** Runs `listener` after every language switch, in registration order. */
export function onLocaleChange(listener: (locale: Locale) => void): void {
  listeners.push(listener);
}

export function setLocale(next: Locale): void {
  if (next === current) return;
  current = next;
  storageSet(() => localStorage, LOCALE_KEY, next);
  applyLabels();
  for (const listener of listeners) listener(next);
}

/** Relabels the static page: elements marked data-i18n, data-i18n-placeholder, data-i18n-label. */
export function applyLabels(): void {
  document.documentElement.lang = current;
  document.title = t('pageTitle');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n as LabelKey);
  for (const node of Array.from(document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) node.placeholder = t(node.dataset.i18nPlaceholder as LabelKey);
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) node.setAttribute('aria-label', t(node.dataset.i18nLabel as LabelKey));
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-title]'))) node.title = t(node.dataset.i18nTitle as LabelKey);
}
