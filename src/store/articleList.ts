import { LOCALES, type Locale, type Visibility } from '../types.js';

/** What is known of every article without reading it: enough to list, count and filter. */
export interface ArticleEntry {
  id: string;
  locale: Locale;
  category: string;
  visibility: Visibility;
}

/** An ArticleList as plain data, to hand it to another thread (see ArticleList.columns). */
export interface ArticleColumns {
  ids: string[];
  categoryOf: number[];
  visibilityOf: number[];
  categories: string[];
  visibilities: Visibility[];
}

/** No article in that locale. */
const ABSENT = -1;

/**
 * Every article's id, locales, category and visibility, held compactly: one string per
 * article id and one small number per article and locale, instead of an object per
 * article and locale (at 20,000 articles, 60,000 objects made at every start, and their
 * memory). Entries are made when asked for.
 */
export class ArticleList {
  private readonly ids: string[];
  private readonly position = new Map<string, number>();
  /** Per article, per locale (LOCALES order): the index of its category in `categories`, or ABSENT. */
  private readonly categoryOf: number[];
  /** The same, of its visibility in `visibilities`. */
  private readonly visibilityOf: number[];
  /** Distinct categories and visibilities, in the order met. */
  private readonly categories: string[];
  private readonly visibilities: Visibility[];

  /** Empty, or the list another thread read (its `columns()`). */
  constructor(columns: ArticleColumns = { ids: [], categoryOf: [], visibilityOf: [], categories: [], visibilities: [] }) {
    ({ ids: this.ids, categoryOf: this.categoryOf, visibilityOf: this.visibilityOf, categories: this.categories, visibilities: this.visibilities } = columns);
    this.ids.forEach((id, at) => this.position.set(id, at));
  }

  /** The list as plain data: structured cloning copies a few arrays, not an object per article. */
  columns(): ArticleColumns {
    return { ids: this.ids, categoryOf: this.categoryOf, visibilityOf: this.visibilityOf, categories: this.categories, visibilities: this.visibilities };
  }

  /** Adds one article in one locale (a later one for the same id and locale replaces it). */
  add(id: string, locale: Locale, category: string, visibility: Visibility): void {
    let at = this.position.get(id);
    if (at === undefined) {
      at = this.ids.length;
      this.ids.push(id);
      this.position.set(id, at);
      for (let i = 0; i < LOCALES.length; i++) {
        this.categoryOf.push(ABSENT);
        this.visibilityOf.push(ABSENT);
      }
    }
    const slot = at * LOCALES.length + LOCALES.indexOf(locale);
    this.categoryOf[slot] = indexOf(this.categories, category);
    this.visibilityOf[slot] = indexOf(this.visibilities, visibility);
  }

  /** Every article id, in the order first added. */
  allIds(): string[] {
    return [...this.ids];
  }

  /** The article in exactly `locale`, if it has one. */
  entry(id: string, locale: Locale): ArticleEntry | undefined {
    const at = this.position.get(id);
    const slot = at === undefined ? -1 : at * LOCALES.length + LOCALES.indexOf(locale);
    if (slot < 0 || this.categoryOf[slot] === ABSENT) return undefined;
    return { id, locale, category: this.categories[this.categoryOf[slot]!]!, visibility: this.visibilities[this.visibilityOf[slot]!]! };
  }

  /** Whether every locale the article has is public. */
  allPublic(id: string): boolean {
    return LOCALES.every((l) => {
      const e = this.entry(id, l);
      return !e || e.visibility === 'public';
    });
  }
}

function indexOf<T>(values: T[], value: T): number {
  let i = values.indexOf(value);
  if (i < 0) i = values.push(value) - 1;
  return i;
}
