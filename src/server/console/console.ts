/**
 * The agent console (browser code). One module, no imports, no framework: search as you
 * type, one article pane, a 中文 / English toggle. Served as /console.js under a strict CSP,
 * so it never uses inline styles or handlers.
 *
 * Text from the API (titles, answers, reply templates, placeholder names, tags) goes into the
 * page as text only. The fields the server sends as sanitized HTML (`snippet`, `*.html`,
 * `agent.internal`) are the only ones inserted with innerHTML.
 */

type Locale = 'zh-CN' | 'en';

interface Hit {
  id: string;
  locale: Locale;
  title: string;
  category: string;
  answer: string;
  /** HTML-escaped passage, matched terms in <mark>. */
  snippet: string;
  score: number;
}

interface Suggestions {
  query: string;
  locale: Locale;
  hits: Hit[];
}

interface ArticleView {
  id: string;
  locale: Locale;
  locales: Locale[];
  title: string;
  category: { id: string; name: string };
  tags: string[];
  questions: string[];
  answer: string;
  reply: { text: string; html: string; placeholders: string[] } | null;
  steps: { items: string[]; html: string } | null;
  sections: Array<{ kind: string; heading: string; html: string }>;
  related: Array<{ id: string; title: string }>;
  agent?: {
    visibility: string;
    escalation: { team: string; html: string } | null;
    promise: string;
    internal: string | null;
    owner: string;
    reviewed: string;
    reviewDue: string;
    stale: boolean;
  };
}

interface Categories {
  categories: Array<{ id: string; name: string }>;
}

// ---------------------------------------------------------------------------------------
// Labels

const LABELS = {
  'zh-CN': {
    pageTitle: '坐席知识库',
    appTitle: '坐席知识库',
    skipToArticle: '跳到文章',
    kbdHint: '/ 搜索 · ↑↓ 选择 · Enter 打开 · Esc 清空',
    switchLang: 'Switch to English',
    searchLabel: '客户的问题',
    searchPlaceholder: '例如：钱怎么少了25刀',
    liveCall: '通话',
    emptyTitle: '输入客户的问题，选中一篇文章',
    emptyHelp: '按 ↑ ↓ 选择建议，Enter 打开，Esc 清空。在任何地方按 / 回到搜索框。',
    noMatch: '没有匹配的文章。换个说法试试，比如用关键词。',
    resultsCount: '{n} 篇相关文章',
    searchError: '搜索出错：{msg}',
    articleError: '文章打不开：{msg}',
    networkError: '连不上知识库服务，请稍后再试。',
    authError: '需要坐席令牌（见页面顶部）。',
    answer: '一句话答案',
    reply: '回复话术',
    fillIn: '填写话术中的空位',
    copy: '复制话术',
    copied: '已复制',
    copyFailed: '无法复制，请手动选中文本复制',
    clearFields: '清空',
    steps: '处理步骤',
    escalateTo: '升级给',
    promise: '可承诺',
    internal: '内部备注 — 请勿向客户宣读',
    related: '相关文章',
    tags: '标签',
    questions: '客户常见问法',
    staleBadge: '复核逾期',
    internalBadge: '仅限内部',
    meta: '负责人 {owner} · 复核于 {reviewed} · 下次复核 {due}',
    fallback: '此文章没有中文版本，下面显示的是英文版本。',
    tokenNeeded: '此 API 需要坐席令牌。',
    tokenRejected: '这个令牌不被接受，请重新输入。',
    tokenLabel: '坐席令牌',
    tokenSave: '保存',
    opened: '已打开：{title}',
  },
  en: {
    pageTitle: 'Agent console',
    appTitle: 'Agent knowledge base',
    skipToArticle: 'Skip to article',
    kbdHint: '/ search · ↑↓ select · Enter open · Esc clear',
    switchLang: '切换到中文',
    searchLabel: "Customer's question",
    searchPlaceholder: 'e.g. payment arrived 25 USD short',
    liveCall: 'Live call',
    emptyTitle: "Type the customer's question, then pick an article",
    emptyHelp: 'Use ↑ ↓ to choose a suggestion, Enter to open it, Esc to clear. Press / anywhere to return to search.',
    noMatch: 'No articles match. Try other words, or a keyword.',
    resultsCount: '{n} matching articles',
    searchError: 'Search failed: {msg}',
    articleError: 'Could not open the article: {msg}',
    networkError: 'Cannot reach the knowledge base server. Try again in a moment.',
    authError: 'An agent token is needed (see the top of the page).',
    answer: 'Answer',
    reply: 'What to say',
    fillIn: 'Fill in the blanks',
    copy: 'Copy reply',
    copied: 'Copied',
    copyFailed: "Couldn't copy: select the text and copy it by hand",
    clearFields: 'Clear',
    steps: 'Steps',
    escalateTo: 'Escalate to',
    promise: 'You may promise',
    internal: 'Internal — do not read to customer',
    related: 'Related articles',
    tags: 'Tags',
    questions: 'How customers ask',
    staleBadge: 'Review overdue',
    internalBadge: 'Internal only',
    meta: 'Owner {owner} · reviewed {reviewed} · next review {due}',
    fallback: 'This article has no English version; it is shown in Chinese.',
    tokenNeeded: 'This API needs an agent token.',
    tokenRejected: 'That token was not accepted. Enter it again.',
    tokenLabel: 'Agent token',
    tokenSave: 'Save',
    opened: 'Opened: {title}',
  },
} as const;

type LabelKey = keyof (typeof LABELS)['zh-CN'];

const LOCALE_KEY = 'kb-console.locale';
const TOKEN_KEY = 'kb-console.token';
const DEBOUNCE_MS = 120;
const SUGGEST_LIMIT = '8';
/** The same placeholder syntax as the server's (src/query/articleView.ts). */
const PLACEHOLDER = /\{([^{}\n]{1,40})\}/g;
const ARTICLE_ROUTE = /^#\/article\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function storageGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null; // storage disabled: the console still works, it just forgets
  }
}

function storageSet(storage: () => Storage, key: string, value: string): void {
  try {
    storage().setItem(key, value);
  } catch {
    // ignored, as above
  }
}

let locale: Locale = storageGet(() => localStorage, LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';

function t(key: LabelKey, vars: Record<string, string | number> = {}): string {
  return LABELS[locale][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

// ---------------------------------------------------------------------------------------
// DOM helpers

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`console: #${id} is missing from index.html`);
  return el as T;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; id?: string; attrs?: Record<string, string> } = {},
  children: Array<Node | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** An element whose content is server-sanitized HTML. */
function htmlBlock(className: string, html: string): HTMLDivElement {
  const div = el('div', { className });
  div.innerHTML = html;
  for (const a of Array.from(div.querySelectorAll<HTMLAnchorElement>('a[href^="http"]'))) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return div;
}

const searchInput = byId<HTMLInputElement>('search');
const list = byId<HTMLUListElement>('suggestions');
const resultsStatus = byId<HTMLParagraphElement>('results-status');
const pane = byId<HTMLElement>('article');
const announcer = byId<HTMLParagraphElement>('announce');
const langToggle = byId<HTMLButtonElement>('lang-toggle');
const tokenForm = byId<HTMLFormElement>('token-form');
const tokenInput = byId<HTMLInputElement>('token-input');
const tokenMessage = byId<HTMLParagraphElement>('token-message');

function announce(message: string): void {
  announcer.textContent = message;
}

// ---------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

async function api<T>(path: string, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = storageGet(() => sessionStorage, TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { headers, signal, credentials: 'same-origin' });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(0, t('networkError'));
  }
  if (res.ok) return (await res.json()) as T;
  let body: { error?: { code?: string; message?: string; hint?: string } } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy's error page): keep the status
  }
  if (res.status === 401 || res.status === 403) showTokenForm(res.status);
  throw new ApiError(res.status, body.error?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(), body.error?.hint);
}

function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 401 || e.status === 403) return t('authError');
    return e.hint ? `${e.message} (${e.hint})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

// ---------------------------------------------------------------------------------------
// Agent token

function showTokenForm(status: number): void {
  tokenMessage.textContent = t(status === 403 ? 'tokenRejected' : 'tokenNeeded');
  if (tokenForm.hidden) {
    tokenForm.hidden = false;
    tokenInput.value = '';
    tokenInput.focus();
  }
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  if (!token) return;
  storageSet(() => sessionStorage, TOKEN_KEY, token);
  tokenInput.value = '';
  tokenForm.hidden = true;
  searchInput.focus();
  void loadCategories();
  if (searchInput.value.trim()) void runSearch();
  const id = currentId ?? routeId();
  if (id) void loadArticle(id);
});

// ---------------------------------------------------------------------------------------
// Categories (names for the suggestion list)

const categoryNames = new Map<string, string>();

async function loadCategories(): Promise<void> {
  const requested = locale;
  try {
    const data = await api<Categories>(`/api/categories?locale=${encodeURIComponent(requested)}`);
    if (requested !== locale) return;
    categoryNames.clear();
    for (const c of data.categories) categoryNames.set(c.id, c.name);
    for (const chip of Array.from(list.querySelectorAll<HTMLElement>('.s-cat'))) {
      chip.textContent = categoryNames.get(chip.dataset.cat ?? '') ?? chip.textContent;
    }
  } catch {
    // Only cosmetic: suggestions show the category id instead.
  }
}

// ---------------------------------------------------------------------------------------
// Search as you type

let hits: Hit[] = [];
let selected = -1;
/** The query whose hits are on screen. */
let shownQuery = '';
let debounceTimer: number | undefined;
let searchController: AbortController | undefined;
let searchSeq = 0;
/** Enter was pressed before the hits for the current text arrived: open the first one then. */
let openWhenReady = false;

function currentQuery(): string {
  return searchInput.value.trim();
}

function cancelSearch(): void {
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = undefined;
  searchController?.abort();
  searchController = undefined;
  searchSeq++;
  openWhenReady = false;
  list.removeAttribute('aria-busy');
  searchInput.classList.remove('is-busy');
}

function onSearchInput(): void {
  const q = currentQuery();
  if (!q) {
    cancelSearch();
    renderHits('', []);
    return;
  }
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = window.setTimeout(() => void runSearch(), DEBOUNCE_MS);
}

async function runSearch(): Promise<void> {
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = undefined;
  const q = currentQuery();
  if (!q) return;
  searchController?.abort();
  const controller = new AbortController();
  searchController = controller;
  const seq = ++searchSeq;
  list.setAttribute('aria-busy', 'true');
  searchInput.classList.add('is-busy');
  const params = new URLSearchParams({ q, locale, limit: SUGGEST_LIMIT });
  try {
    const data = await api<Suggestions>(`/api/suggest?${params}`, controller.signal);
    if (seq !== searchSeq) return; // an older query: never shown over a newer one
    renderHits(q, data.hits);
    if (openWhenReady) {
      openWhenReady = false;
      openSelectedOrFirst();
    }
  } catch (e) {
    if (seq !== searchSeq || isAbort(e)) return;
    openWhenReady = false;
    renderSearchError(q, errorText(e));
  } finally {
    if (seq === searchSeq) {
      searchController = undefined;
      list.removeAttribute('aria-busy');
      searchInput.classList.remove('is-busy');
    }
  }
}

function setStatus(text: string, kind: 'count' | 'empty' | 'error' | '' = ''): void {
  resultsStatus.textContent = text;
  resultsStatus.className = kind ? `results-status is-${kind}` : 'results-status';
}

function renderHits(q: string, newHits: Hit[]): void {
  hits = newHits;
  shownQuery = q;
  selected = -1;
  list.dataset.query = q;
  list.dataset.locale = locale;
  list.replaceChildren(
    ...newHits.map((hit, i) => {
      const snippet = el('p', { className: 's-snippet' });
      snippet.innerHTML = hit.snippet; // HTML-escaped by the server, <mark> only
      return el(
        'li',
        {
          className: hit.id === currentId ? 'suggestion is-open' : 'suggestion',
          id: `suggestion-${i}`,
          attrs: { role: 'option', 'aria-selected': 'false', 'data-id': hit.id, lang: hit.locale },
        },
        [
          el('div', { className: 's-head' }, [
            el('span', { className: 's-title', text: hit.title }),
            el('span', { className: 's-cat', text: categoryNames.get(hit.category) ?? hit.category, attrs: { 'data-cat': hit.category } }),
          ]),
          el('p', { className: 's-answer', text: hit.answer }),
          snippet,
        ],
      );
    }),
  );
  list.hidden = newHits.length === 0;
  list.scrollTop = 0;
  searchInput.setAttribute('aria-expanded', String(newHits.length > 0));
  searchInput.removeAttribute('aria-activedescendant');
  if (!q) setStatus('');
  else if (newHits.length) setStatus(t('resultsCount', { n: newHits.length }), 'count');
  else setStatus(t('noMatch'), 'empty');
}

function renderSearchError(q: string, message: string): void {
  renderHits(q, []);
  setStatus(t('searchError', { msg: message }), 'error');
}

function select(index: number): void {
  const items = list.querySelectorAll<HTMLLIElement>('li[data-id]');
  selected = index;
  items.forEach((item, i) => {
    const on = i === index;
    item.classList.toggle('is-selected', on);
    item.setAttribute('aria-selected', String(on));
    if (on) item.scrollIntoView({ block: 'nearest' });
  });
  if (index >= 0 && items[index]) searchInput.setAttribute('aria-activedescendant', items[index].id);
  else searchInput.removeAttribute('aria-activedescendant');
}

function openSelectedOrFirst(): void {
  const hit = hits[selected >= 0 ? selected : 0];
  if (hit) openArticle(hit.id);
}

searchInput.addEventListener('input', (event) => {
  // While an IME is composing, the box holds pinyin, not the customer's words: wait for the characters.
  if ((event as InputEvent).isComposing) return;
  onSearchInput();
});
searchInput.addEventListener('compositionend', onSearchInput);

searchInput.addEventListener('keydown', (event) => {
  if (event.isComposing) return; // an IME is choosing characters: its keys are not ours
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!hits.length) return;
      event.preventDefault();
      const n = hits.length;
      select(event.key === 'ArrowDown' ? (selected + 1) % n : selected <= 0 ? n - 1 : selected - 1);
      break;
    }
    case 'Enter': {
      event.preventDefault();
      const q = currentQuery();
      if (!q) return;
      if (q !== shownQuery || debounceTimer !== undefined || searchController) {
        // The hits on screen are for older text: open the first hit for this text when it arrives.
        openWhenReady = true;
        if (debounceTimer !== undefined || !searchController) void runSearch();
        return;
      }
      openSelectedOrFirst();
      break;
    }
    case 'Escape': {
      event.preventDefault();
      searchInput.value = '';
      cancelSearch();
      renderHits('', []);
      break;
    }
  }
});

list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the search box
list.addEventListener('click', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (!item) return;
  const index = hits.findIndex((h) => h.id === item.dataset.id);
  if (index >= 0) select(index);
  openArticle(item.dataset.id!);
});

// ---------------------------------------------------------------------------------------
// Article pane

let currentId: string | null = null;
let current: ArticleView | null = null;
let articleController: AbortController | undefined;
let articleSeq = 0;
/** Filled placeholder values, per article and locale, for this page's life only. */
const fills = new Map<string, string>();
let copyTimer: number | undefined;
/** The same breakpoint as console.css: one column. */
const stacked = window.matchMedia('(max-width: 860px)');

function routeId(): string | null {
  return ARTICLE_ROUTE.exec(location.hash)?.[1] ?? null;
}

function openArticle(id: string): void {
  const hash = `#/article/${id}`;
  if (location.hash !== hash) history.pushState(null, '', hash);
  void loadArticle(id);
}

window.addEventListener('popstate', () => {
  const id = routeId();
  if (id && id !== currentId) void loadArticle(id);
  else if (!id && !location.hash) showEmpty();
});

async function loadArticle(id: string): Promise<void> {
  articleController?.abort();
  const controller = new AbortController();
  articleController = controller;
  const seq = ++articleSeq;
  pane.setAttribute('aria-busy', 'true');
  try {
    const view = await api<ArticleView>(`/api/articles/${encodeURIComponent(id)}?locale=${encodeURIComponent(locale)}`, controller.signal);
    if (seq !== articleSeq) return;
    const isNew = view.id !== currentId;
    renderArticle(view);
    if (isNew) {
      pane.scrollTop = 0;
      if (stacked.matches) pane.scrollIntoView({ block: 'start' }); // narrow window: the article is below the list
    }
    announce(t('opened', { title: view.title }));
  } catch (e) {
    if (seq !== articleSeq || isAbort(e)) return;
    renderArticleError(errorText(e));
  } finally {
    if (seq === articleSeq) {
      pane.setAttribute('aria-busy', 'false');
      articleController = undefined;
    }
  }
}

function showEmpty(): void {
  articleController?.abort();
  articleSeq++;
  currentId = null;
  current = null;
  delete pane.dataset.id;
  delete pane.dataset.locale;
  pane.removeAttribute('aria-labelledby');
  pane.replaceChildren(
    el('div', { className: 'article-empty' }, [
      el('p', { className: 'empty-title', text: t('emptyTitle'), attrs: { 'data-i18n': 'emptyTitle' } }),
      el('p', { className: 'empty-help', text: t('emptyHelp'), attrs: { 'data-i18n': 'emptyHelp' } }),
    ]),
  );
  markOpenSuggestion();
}

function renderArticleError(message: string): void {
  // Keep the article on screen if there is one; say what went wrong above it.
  pane.querySelector('.article-error')?.remove();
  pane.prepend(el('p', { className: 'article-error', text: t('articleError', { msg: message }), attrs: { role: 'alert' } }));
}

function markOpenSuggestion(): void {
  for (const item of Array.from(list.querySelectorAll<HTMLLIElement>('li[data-id]'))) item.classList.toggle('is-open', item.dataset.id === currentId);
}

function block(className: string, heading: string, headingId: string, children: Array<Node | null>, headExtra?: Node): HTMLElement {
  return el('section', { className: `a-block ${className}`, attrs: { 'aria-labelledby': headingId } }, [
    el('div', { className: 'block-head' }, [el('h3', { className: 'block-title', id: headingId, text: heading }), headExtra ?? null]),
    ...children,
  ]);
}

function renderArticle(v: ArticleView): void {
  currentId = v.id;
  current = v;
  pane.dataset.id = v.id;
  pane.dataset.locale = v.locale;
  pane.setAttribute('aria-labelledby', 'article-title');
  pane.lang = v.locale;

  const badges: HTMLElement[] = [el('span', { className: 'chip chip-cat', text: v.category.name })];
  if (v.agent?.stale) badges.push(el('span', { className: 'badge badge-stale', text: t('staleBadge'), attrs: { 'data-badge': 'stale' } }));
  if (v.agent?.visibility === 'internal') badges.push(el('span', { className: 'badge badge-internal', text: t('internalBadge'), attrs: { 'data-badge': 'internal' } }));

  const head = el('header', { className: 'a-head' }, [
    el('div', { className: 'a-badges' }, badges),
    el('h2', { className: 'a-title', id: 'article-title', text: v.title }),
    v.locale !== locale ? el('p', { className: 'a-fallback', text: t('fallback'), attrs: { lang: locale } }) : null,
  ]);

  const answer = el('section', { className: 'a-answer', id: 'article-answer', attrs: { 'aria-label': t('answer') } }, [
    el('p', { className: 'answer-text', text: v.answer }),
  ]);

  const parts: Array<Node | null> = [head, answer, v.reply ? replyBlock(v) : null];

  if (v.steps) parts.push(block('a-steps', t('steps'), 'steps-heading', [htmlBlock('steps', v.steps.html)]));

  const ag = v.agent;
  if (ag && (ag.promise || ag.escalation)) {
    const duo: HTMLElement[] = [];
    if (ag.promise) {
      duo.push(
        el('section', { className: 'callout callout-promise', id: 'article-promise', attrs: { 'aria-labelledby': 'promise-heading' } }, [
          el('h3', { className: 'callout-title', id: 'promise-heading', text: t('promise') }),
          el('p', { className: 'callout-text', text: ag.promise }),
        ]),
      );
    }
    if (ag.escalation) {
      duo.push(
        el('section', { className: 'callout callout-escalation', id: 'article-escalation', attrs: { 'aria-labelledby': 'escalation-heading' } }, [
          el('h3', { className: 'callout-title', id: 'escalation-heading' }, [
            document.createTextNode(`${t('escalateTo')} `),
            el('strong', { className: 'escalation-team', text: ag.escalation.team }),
          ]),
          ag.escalation.html ? htmlBlock('callout-body', ag.escalation.html) : null,
        ]),
      );
    }
    parts.push(el('div', { className: 'a-duo' }, duo));
  }

  if (ag?.internal) {
    parts.push(
      el('section', { className: 'callout callout-internal', id: 'article-internal', attrs: { 'aria-labelledby': 'internal-heading' } }, [
        el('h3', { className: 'callout-title', id: 'internal-heading', text: t('internal') }),
        htmlBlock('callout-body', ag.internal),
      ]),
    );
  }

  v.sections
    .filter((s) => s.kind === 'other')
    .forEach((s, i) => parts.push(block('a-other', s.heading, `other-heading-${i}`, [htmlBlock('prose', s.html)])));

  if (v.related.length) {
    parts.push(
      block('a-related', t('related'), 'related-heading', [
        el(
          'ul',
          { className: 'related' },
          v.related.map((r) => el('li', {}, [el('a', { text: r.title, attrs: { href: `#/article/${r.id}`, 'data-article-id': r.id } })])),
        ),
      ]),
    );
  }

  if (v.questions.length) {
    parts.push(
      el('details', { className: 'a-block a-questions' }, [
        el('summary', { className: 'block-title', text: `${t('questions')} (${v.questions.length})` }),
        el('ul', { className: 'questions' }, v.questions.map((q) => el('li', { text: q }))),
      ]),
    );
  }

  const footer: Array<Node | null> = [];
  if (v.tags.length) {
    footer.push(
      el('div', { className: 'tags', attrs: { role: 'group', 'aria-label': t('tags') } }, v.tags.map((tag) => el('span', { className: 'chip chip-tag', text: tag }))),
    );
  }
  if (ag) footer.push(el('p', { className: 'a-meta', text: t('meta', { owner: ag.owner, reviewed: ag.reviewed, due: ag.reviewDue }) }));
  if (footer.length) parts.push(el('footer', { className: 'a-foot' }, footer));

  pane.replaceChildren(...parts.filter((p): p is Node => p !== null));
  markOpenSuggestion();
}

// Reply template with live placeholders

function fillKey(name: string): string {
  return `${current?.id ?? ''}\u0000${current?.locale ?? ''}\u0000${name}`;
}

function fillValue(name: string): string {
  return fills.get(fillKey(name)) ?? '';
}

function filledReply(): string {
  return (current?.reply?.text ?? '').replace(PLACEHOLDER, (m, name: string) => fillValue(name).trim() || m);
}

function replyBlock(v: ArticleView): HTMLElement {
  const reply = v.reply!;
  const text = el('p', { className: 'reply-text', id: 'reply-text' });
  let last = 0;
  for (const m of reply.text.matchAll(PLACEHOLDER)) {
    if (m.index > last) text.append(reply.text.slice(last, m.index));
    text.append(el('span', { className: 'ph', attrs: { 'data-ph': m[1]! } }));
    last = m.index + m[0].length;
  }
  if (last < reply.text.length) text.append(reply.text.slice(last));

  const copyStatus = el('span', { className: 'copy-status', id: 'copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const copyButton = el('button', { className: 'btn btn-primary', id: 'copy-reply', text: t('copy'), attrs: { type: 'button' } });
  copyButton.addEventListener('click', () => void copyReply(copyStatus));

  const children: Array<Node | null> = [text];
  if (reply.placeholders.length) {
    const inputs = reply.placeholders.map((name, i) => {
      const input = el('input', { id: `ph-${i}`, attrs: { type: 'text', 'data-placeholder': name, autocomplete: 'off', spellcheck: 'false' } });
      input.value = fillValue(name);
      input.addEventListener('input', () => {
        fills.set(fillKey(name), input.value);
        updatePlaceholders(text);
      });
      return el('div', { className: 'fill' }, [el('label', { className: 'fill-label', text: name, attrs: { for: input.id } }), input]);
    });
    const clear = el('button', { className: 'btn btn-quiet', text: t('clearFields'), attrs: { type: 'button' } });
    clear.addEventListener('click', () => {
      for (const name of reply.placeholders) fills.delete(fillKey(name));
      for (const input of Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[data-placeholder]'))) input.value = '';
      updatePlaceholders(text);
      fieldset.querySelector('input')?.focus();
    });
    const fieldset = el('fieldset', { className: 'fills' }, [el('legend', { className: 'fills-legend', text: t('fillIn') }), ...inputs, el('div', { className: 'fill fill-actions' }, [clear])]);
    children.push(fieldset);
  }
  // Clicking a blank in the text jumps to its input.
  text.addEventListener('click', (event) => {
    const ph = (event.target as Element).closest<HTMLElement>('.ph');
    if (!ph) return;
    for (const input of Array.from(pane.querySelectorAll<HTMLInputElement>('input[data-placeholder]'))) {
      if (input.dataset.placeholder === ph.dataset.ph) return void input.focus();
    }
  });
  updatePlaceholders(text);
  return block('a-reply', t('reply'), 'reply-heading', children, el('div', { className: 'copy-wrap' }, [copyStatus, copyButton]));
}

function updatePlaceholders(text: HTMLElement): void {
  for (const span of Array.from(text.querySelectorAll<HTMLElement>('.ph'))) {
    const name = span.dataset.ph ?? '';
    const value = fillValue(name).trim();
    span.textContent = value || `{${name}}`;
    span.classList.toggle('is-filled', value !== '');
  }
}

async function copyReply(status: HTMLElement): Promise<void> {
  const text = filledReply();
  let ok = false;
  try {
    if (!navigator.clipboard) throw new Error('no async clipboard (not a secure context)');
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = legacyCopy(text);
  }
  status.textContent = ok ? t('copied') : t('copyFailed');
  status.classList.toggle('is-error', !ok);
  if (copyTimer !== undefined) window.clearTimeout(copyTimer);
  copyTimer = window.setTimeout(() => {
    status.textContent = '';
  }, 2500);
}

/** Copy through a selected off-screen textarea, for pages served over plain http on a LAN. */
function legacyCopy(text: string): boolean {
  const area = el('textarea', { className: 'offscreen', attrs: { 'aria-hidden': 'true', tabindex: '-1' } });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

pane.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-article-id]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  openArticle(link.dataset.articleId!);
  pane.focus({ preventScroll: true });
});

// ---------------------------------------------------------------------------------------
// Language

function applyLabels(): void {
  document.documentElement.lang = locale;
  document.title = t('pageTitle');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n as LabelKey);
  for (const node of Array.from(document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) node.placeholder = t(node.dataset.i18nPlaceholder as LabelKey);
  langToggle.setAttribute('aria-label', t('switchLang'));
  langToggle.dataset.locale = locale;
  for (const opt of Array.from(langToggle.querySelectorAll<HTMLElement>('.lang-opt'))) opt.classList.toggle('is-active', opt.dataset.lang === locale);
}

function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  storageSet(() => localStorage, LOCALE_KEY, locale);
  applyLabels();
  void loadCategories();
  if (currentQuery()) void runSearch();
  else renderHits('', []);
  if (currentId) void loadArticle(currentId);
}

langToggle.addEventListener('click', () => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN'));

// ---------------------------------------------------------------------------------------
// Global keys and start-up

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  event.preventDefault();
  searchInput.focus();
  searchInput.select();
});

document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  pane.focus();
});

applyLabels();
searchInput.focus();
void loadCategories();
const initial = routeId();
if (initial) void loadArticle(initial);

export {};
