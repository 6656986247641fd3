import { api } from './api.js';
import type { Categories } from './apiTypes.js';
import { locale } from './i18n.js';

/** Category names for the result lists, in the console's language. */
const names = new Map<string, string>();

export function categoryName(id: string): string {
  return names.get(id) ?? id;
}

export async function loadCategories(): Promise<void> {
  const requested = locale();
  try {
    const data = await api<Categories>(`/api/categories?locale=${encodeURIComponent(requested)}`);
    if (requested !== locale()) return;
    names.clear();
    for (const c of data.categories) names.set(c.id, c.name);
    for (const chip of Array.from(document.querySelectorAll<HTMLElement>('.s-cat[data-cat]'))) chip.textContent = categoryName(chip.dataset.cat!);
  } catch {
    // Only cosmetic: suggestions show the category id instead.
  }
}
