/**
 * The agent console (browser code). One module, no runtime imports, no framework: search as you
 * type, one article pane, a 中文 / English toggle. Served as /console.js under a strict CSP,
 * so it never uses inline styles or handlers.
 *
 * Text from the API (titles, answers, reply templates, placeholder names, tags) goes into the
 * page as text only. The fields the server sends as sanitized HTML (`snippet`, `*.html`,
 * `agent.internal`) are the only ones inserted with innerHTML.
 */

// Type-only imports of the API's own shapes: erased when compiled, so console.js has no
// imports, and the console cannot drift from what the server sends.
import type { ArticleView } from '../../query/articleView.js';
import type { Hit, Locale } from '../../types.js';
import type { RerankedAssist } from '../../assist/assist.js';
import type { Entity } from '../../assist/entities.js';
import type { Turn as ApiTurn } from '../../assist/transcript.js';

interface Suggestions {
  query: string;
  locale: Locale;
  hits: Hit[];
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
    liveCall: '通话助手',
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
    callStart: '开始通话',
    callEnd: '结束通话',
    callHint: '开始通话后，逐句输入或粘贴客户说的话，这里会随时推荐文章。',
    callHintEnded: '通话已结束。刚才的对话留在这里，开始新通话时清空。',
    callTranscript: '通话记录',
    speakerCustomer: '客户',
    speakerAgent: '坐席',
    speakerToggle: '说话人：{who}。点击切换为{other}',
    linePlaceholderCustomer: '客户说的话，Enter 添加',
    linePlaceholderAgent: '坐席说的话，Enter 添加',
    lineLabelCustomer: '客户说的话',
    lineLabelAgent: '坐席说的话',
    callLineHint: 'Enter 添加一句 · ↑↓ 切换说话人',
    pasteTranscript: '粘贴整段对话',
    pastePlaceholder: '每行一句，例如：\n客户：买家汇了一万美金\n坐席：好的，到账多少？',
    pasteHint: '没有标注的行算当前说话人 · Ctrl+Enter 添加',
    pasteSubmit: '添加这些行',
    pasteEmpty: '没有可添加的行。',
    callUnderstood: '理解为',
    callNoTopic: '还没听出话题',
    callEntities: '识别到的信息',
    callSuggestions: '推荐文章',
    callWaiting: '客户说话后，这里会出现推荐。',
    callUpdating: '更新中…',
    callNoMatch: '没有匹配的文章。',
    statusConnecting: '连接中…',
    statusLive: '通话中 · {n} 句',
    statusReconnecting: '重新连接中…',
    statusLost: '连接中断',
    statusEnded: '已结束',
    rerankPending: 'AI 排序中…',
    rerankOk: 'AI 排序',
    rerankTimeout: '关键词排序（AI 超时）',
    rerankError: '关键词排序（AI 出错）',
    reasonLabel: 'AI：',
    newBadge: '新',
    piiMasked: '{kinds}已隐藏',
    piiSep: '、',
    piiCARD_OR_ACCOUNT: '卡号/账号',
    piiPHONE: '手机号',
    piiEMAIL: '邮箱',
    piiID_NUMBER: '身份证号',
    entityAmount: '金额',
    entityDate: '日期',
    entityDuration: '时长',
    callStartError: '通话没有开始：{msg}',
    callSendError: '没有发出去：{msg}',
    callEndError: '结束通话时出错：{msg}',
    callEndedRemote: '通话已在服务器端结束。',
    callLost: '推荐连接中断了。请结束通话后重新开始。',
    lineFailed: '未发送',
    topSuggestion: '首选推荐：{title}',
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
    callStart: 'Start call',
    callEnd: 'End call',
    callHint: 'Start a call, then type or paste what is said line by line; articles are suggested as it goes.',
    callHintEnded: 'The call has ended. Its transcript stays here until the next call starts.',
    callTranscript: 'Call transcript',
    speakerCustomer: 'Customer',
    speakerAgent: 'Agent',
    speakerToggle: 'Speaker: {who}. Click to switch to {other}',
    linePlaceholderCustomer: 'Customer says…',
    linePlaceholderAgent: 'Agent says…',
    lineLabelCustomer: 'What the customer says',
    lineLabelAgent: 'What the agent says',
    callLineHint: 'Enter adds a line · ↑↓ switch speaker',
    pasteTranscript: 'Paste transcript',
    pastePlaceholder: 'One line per turn, e.g.\ncustomer: my buyer sent 10,000 USD\nagent: how much arrived?',
    pasteHint: 'Unlabelled lines go to the current speaker · Ctrl+Enter adds',
    pasteSubmit: 'Add these lines',
    pasteEmpty: 'There are no lines to add.',
    callUnderstood: 'Understood',
    callNoTopic: 'no topic yet',
    callEntities: 'Details recognised',
    callSuggestions: 'Suggested articles',
    callWaiting: 'Suggestions appear once the customer speaks.',
    callUpdating: 'Updating…',
    callNoMatch: 'No articles match.',
    statusConnecting: 'Connecting…',
    statusLive: 'Live · {n} lines',
    statusReconnecting: 'Reconnecting…',
    statusLost: 'Connection lost',
    statusEnded: 'Ended',
    rerankPending: 'AI ranking…',
    rerankOk: 'AI-ranked',
    rerankTimeout: 'lexical (timeout)',
    rerankError: 'lexical (error)',
    reasonLabel: 'AI: ',
    newBadge: 'new',
    piiMasked: 'Personal data masked: {kinds}',
    piiSep: ', ',
    piiCARD_OR_ACCOUNT: 'card/account number',
    piiPHONE: 'phone number',
    piiEMAIL: 'email',
    piiID_NUMBER: 'ID number',
    entityAmount: 'Amount',
    entityDate: 'Date',
    entityDuration: 'Duration',
    callStartError: 'The call did not start: {msg}',
    callSendError: 'Not sent: {msg}',
    callEndError: 'Ending the call failed: {msg}',
    callEndedRemote: 'The call was ended on the server.',
    callLost: 'The suggestion stream was lost. End the call and start a new one.',
    lineFailed: 'not sent',
    topSuggestion: 'Top suggestion: {title}',
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

interface ApiInit {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
  /** Lets the request outlive the page (ending a call on pagehide). */
  keepalive?: boolean;
}

/** A request to the agent API with the agent token; throws ApiError unless the answer is 2xx. */
async function apiFetch(path: string, init: ApiInit = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: init.accept ?? 'application/json' };
  const token = storageGet(() => sessionStorage, TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      keepalive: init.keepalive,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(0, t('networkError'));
  }
  if (res.ok) return res;
  let body: { error?: { code?: string; message?: string; hint?: string } } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy's error page): keep the status
  }
  if (res.status === 401 || res.status === 403) showTokenForm(res.status);
  throw new ApiError(res.status, body.error?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(), body.error?.hint);
}

async function api<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await apiFetch(path, { signal });
  return (await res.json()) as T;
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
  (liveCall ? callLine : searchInput).focus();
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
    for (const chip of Array.from(document.querySelectorAll<HTMLElement>('#suggestions .s-cat, #call-suggestions .s-cat'))) {
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
  for (const item of Array.from(document.querySelectorAll<HTMLLIElement>('#suggestions li[data-id], #call-suggestions li[data-id]'))) {
    item.classList.toggle('is-open', item.dataset.id === currentId);
  }
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
// Live call: agent assist while the customer talks. Lines typed or pasted here go to
// POST /api/assist/calls/:id/lines; suggestions come back on the call's Server-Sent Events
// stream, read with fetch() because EventSource cannot send the agent token.

type Speaker = ApiTurn['speaker'];
type Turn = Pick<ApiTurn, 'speaker' | 'text'>;
type CallEntity = Entity;
type AssistHit = Hit;

/** One `suggestions` event of a live call: an assist result plus where the call is. */
type SuggestionsEvent = Omit<RerankedAssist, 'maskedTurns'> & { turns: number; final: boolean };

interface LiveCall {
  id: string;
  locale: Locale;
  stream: AbortController;
  /** Lines the server has accepted in this call. */
  lines: number;
  /** Lines typed or pasted and not yet accepted. */
  pending: number;
  /** The server's turn count after the last accepted line (it keeps the latest 100). */
  turns: number;
  /** The `turns` of the suggestions on screen. */
  shownTurns: number;
  /** Stream connection attempts since the last good one. */
  retries: number;
  /** Lines go out one request at a time, in the order they were written. */
  queue: Promise<void>;
}

/** Turns per POST: the server takes 500 turns and a JSON body of 64 KB; these stay well below. */
const LINES_PER_POST = 100;
const BYTES_PER_POST = 48_000;
const MAX_LINE_CHARS = 2000;
const MAX_STREAM_RETRIES = 5;
/** The same labels as the server's transcript parser (src/assist/transcript.ts). */
const SPEAKER_LINE = /^\s*(customer|agent|客户|客戶|顾客|坐席|客服|c|a)\s*[:：]\s*(.*)$/i;
const AGENT_LABEL = /^(agent|坐席|客服|a)$/i;

const callSection = byId<HTMLElement>('live-call');
const callToggle = byId<HTMLButtonElement>('call-toggle');
const callStatus = byId<HTMLSpanElement>('call-status');
const callHint = byId<HTMLParagraphElement>('call-hint');
const callError = byId<HTMLParagraphElement>('call-error');
const callTranscript = byId<HTMLOListElement>('call-transcript');
const callCompose = byId<HTMLDivElement>('call-compose');
const speakerToggle = byId<HTMLButtonElement>('speaker');
const callLine = byId<HTMLInputElement>('call-line');
const pasteBox = byId<HTMLDetailsElement>('call-paste-box');
const pasteArea = byId<HTMLTextAreaElement>('call-paste');
const pasteSubmit = byId<HTMLButtonElement>('call-paste-submit');
const callUnderstood = byId<HTMLDivElement>('call-understood');
const callQuery = byId<HTMLSpanElement>('call-query');
const callQueryEmpty = byId<HTMLSpanElement>('call-query-empty');
const callEntities = byId<HTMLUListElement>('call-entities');
const callPii = byId<HTMLParagraphElement>('call-pii');
const callResults = byId<HTMLDivElement>('call-results');
const callRerank = byId<HTMLSpanElement>('call-rerank');
const callResultsStatus = byId<HTMLParagraphElement>('call-results-status');
const callList = byId<HTMLUListElement>('call-suggestions');

let liveCall: LiveCall | null = null;
/** Starting or ending is under way: the toggle waits for it. */
let callBusy = false;
let speaker: Speaker = 'customer';
/** The suggestions on screen, kept to relabel them when the language changes. */
let lastEvent: SuggestionsEvent | null = null;
/** Hits that were not in the previous suggestions. */
let newHitIds = new Set<string>();
let statusKey: LabelKey | null = null;

function speakerLabel(who: Speaker): string {
  return t(who === 'agent' ? 'speakerAgent' : 'speakerCustomer');
}

function setSpeaker(next: Speaker): void {
  speaker = next;
  speakerToggle.dataset.speaker = next;
  for (const opt of Array.from(speakerToggle.querySelectorAll<HTMLElement>('.speaker-opt'))) opt.classList.toggle('is-active', opt.dataset.speakerOpt === next);
  speakerToggle.setAttribute('aria-label', t('speakerToggle', { who: speakerLabel(next), other: speakerLabel(next === 'agent' ? 'customer' : 'agent') }));
  callLine.dataset.i18nPlaceholder = next === 'agent' ? 'linePlaceholderAgent' : 'linePlaceholderCustomer';
  callLine.placeholder = t(callLine.dataset.i18nPlaceholder as LabelKey);
  callLine.setAttribute('aria-label', t(next === 'agent' ? 'lineLabelAgent' : 'lineLabelCustomer'));
  callLine.classList.toggle('is-agent', next === 'agent');
}

function setCallStatus(key: LabelKey | null): void {
  statusKey = key;
  callStatus.textContent = key ? t(key, { n: liveCall?.lines ?? 0 }) : '';
  callStatus.dataset.status = key ?? '';
}

function showCallError(message: string | null): void {
  callError.textContent = message ?? '';
  callError.hidden = !message;
}

function setToggle(key: 'callStart' | 'callEnd'): void {
  callToggle.dataset.i18n = key;
  callToggle.textContent = t(key);
  callToggle.classList.toggle('btn-primary', key === 'callStart');
  callToggle.classList.toggle('btn-end', key === 'callEnd');
}

/** Labels drawn by script (the static ones follow data-i18n). */
function relabelCall(): void {
  setSpeaker(speaker);
  setCallStatus(statusKey);
  for (const who of Array.from(callTranscript.querySelectorAll<HTMLElement>('.turn-who'))) who.textContent = speakerLabel(who.dataset.speaker as Speaker);
  for (const note of Array.from(callTranscript.querySelectorAll<HTMLElement>('.turn-failed'))) note.textContent = t('lineFailed');
  if (lastEvent) renderCallEvent(lastEvent);
  else if (liveCall) renderCallWaiting();
}

// Starting and ending

async function startCall(): Promise<void> {
  callBusy = true;
  callToggle.setAttribute('aria-disabled', 'true'); // not `disabled`: that would drop the focus
  showCallError(null);
  const requested = locale;
  try {
    const res = await apiFetch('/api/assist/calls', { method: 'POST', body: { locale: requested } });
    const created = (await res.json()) as { id: string };
    liveCall = { id: created.id, locale: requested, stream: new AbortController(), lines: 0, pending: 0, turns: 0, shownTurns: 0, retries: 0, queue: Promise.resolve() };
    callSection.dataset.state = 'live';
    callSection.dataset.callId = created.id;
    callTranscript.replaceChildren();
    callTranscript.hidden = false;
    callTranscript.classList.remove('is-ended');
    callHint.hidden = true;
    callCompose.hidden = false;
    callUnderstood.hidden = false;
    callResults.hidden = false;
    lastEvent = null;
    newHitIds = new Set();
    renderCallWaiting();
    setToggle('callEnd');
    setCallStatus('statusConnecting');
    void followCall(liveCall);
    callLine.focus();
  } catch (e) {
    showCallError(t('callStartError', { msg: errorText(e) }));
  } finally {
    callBusy = false;
    callToggle.removeAttribute('aria-disabled');
  }
}

async function endCall(): Promise<void> {
  const c = liveCall;
  if (!c) return;
  callBusy = true;
  callToggle.setAttribute('aria-disabled', 'true'); // not `disabled`: that would drop the focus
  closeCall('statusEnded');
  try {
    await c.queue; // a line in flight is answered before the call goes
    await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}`, { method: 'DELETE' });
  } catch (e) {
    // 404: the server had already ended it; anything else is worth saying.
    if (!(e instanceof ApiError && e.status === 404)) showCallError(t('callEndError', { msg: errorText(e) }));
  } finally {
    callBusy = false;
    callToggle.removeAttribute('aria-disabled');
  }
}

/** Clears the call's state; the transcript stays on screen until the next call starts. */
function closeCall(status: LabelKey): void {
  const c = liveCall;
  liveCall = null;
  c?.stream.abort();
  callSection.dataset.state = 'ended';
  delete callSection.dataset.callId;
  callTranscript.classList.add('is-ended');
  callTranscript.hidden = callTranscript.childElementCount === 0;
  callCompose.hidden = true;
  callUnderstood.hidden = true;
  callResults.hidden = true;
  pasteBox.open = false;
  callHint.dataset.i18n = 'callHintEnded';
  callHint.textContent = t('callHintEnded');
  callHint.hidden = false;
  lastEvent = null;
  newHitIds = new Set();
  callQuery.textContent = '';
  callEntities.replaceChildren();
  callList.replaceChildren();
  setToggle('callStart');
  setCallStatus(status);
}

callToggle.addEventListener('click', () => {
  if (callBusy) return;
  void (liveCall ? endCall() : startCall());
});

// Leaving the page ends the call, so the server does not keep it for hours.
window.addEventListener('pagehide', () => {
  const c = liveCall;
  if (!c) return;
  closeCall('statusEnded');
  apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}`, { method: 'DELETE', keepalive: true }).catch(() => undefined);
});

// The event stream

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** Follows the call's suggestions until it ends, reconnecting (with back-off) when the stream drops. */
async function followCall(c: LiveCall): Promise<void> {
  while (liveCall === c) {
    const controller = new AbortController();
    c.stream = controller;
    try {
      const res = await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}/events`, { signal: controller.signal, accept: 'text/event-stream' });
      if (!res.body) throw new Error('no response body');
      const ended = await readEvents(res.body, (name, data) => onCallEvent(c, name, data));
      if (ended) {
        if (liveCall === c) {
          closeCall('statusEnded');
          showCallError(t('callEndedRemote'));
        }
        return;
      }
    } catch (e) {
      if (liveCall !== c || isAbort(e)) return;
      if (e instanceof ApiError && e.status === 404) {
        closeCall('statusEnded');
        showCallError(t('callEndedRemote'));
        return;
      }
    }
    if (liveCall !== c) return;
    if (++c.retries > MAX_STREAM_RETRIES) {
      setCallStatus('statusLost');
      showCallError(t('callLost'));
      return;
    }
    setCallStatus('statusReconnecting');
    await sleep(Math.min(8000, 500 * 2 ** c.retries));
  }
}

/**
 * Reads a text/event-stream body: events are separated by a blank line, `event:` names one,
 * `data:` lines are its data, lines starting with ":" are comments. Resolves true when the
 * server sent `end`, false when the stream closed without it.
 */
async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (name: string, data: string) => void): Promise<boolean> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let name = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // Complete lines only; a trailing "\r" may be the first half of "\r\n".
      const lines = buffer.split(/\r\n|\n|\r(?=.)/s);
      buffer = done ? '' : lines.pop()!;
      for (const line of lines) {
        if (line === '') {
          if (data.length) {
            const event = name || 'message';
            const payload = data.join('\n');
            name = '';
            data = [];
            if (event === 'end') return true;
            onEvent(event, payload);
          }
          name = '';
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
      if (done) return false;
    }
  } finally {
    reader.releaseLock();
  }
}

function onCallEvent(c: LiveCall, name: string, data: string): void {
  if (liveCall !== c) return;
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return; // not ours to show
  }
  if (name === 'ready') {
    c.retries = 0;
    setCallStatus('statusLive');
  } else if (name === 'suggestions') {
    const event = payload as SuggestionsEvent;
    if (event.turns < c.shownTurns) return; // an older line's answer, already overtaken
    c.shownTurns = event.turns;
    const shownBefore = lastEvent?.query ? lastEvent.hits : [];
    const before = new Set(shownBefore.map((h) => h.id));
    newHitIds = new Set(shownBefore.length ? event.hits.filter((h) => !before.has(h.id)).map((h) => h.id) : []);
    const topBefore = shownBefore[0]?.id;
    renderCallEvent(event);
    if (!callList.contains(document.activeElement)) callList.scrollTop = 0; // the best match in view
    const top = event.hits[0];
    if (event.query && top && top.id !== topBefore) announce(t('topSuggestion', { title: top.title }));
  }
}

// Rendering

function renderCallWaiting(): void {
  callQuery.textContent = '';
  callQueryEmpty.hidden = false;
  callEntities.replaceChildren();
  callEntities.hidden = true;
  callPii.hidden = true;
  callRerank.textContent = '';
  callList.replaceChildren();
  callList.hidden = true;
  callResultsStatus.textContent = t('callWaiting');
  callResultsStatus.hidden = false;
}

function rerankLabel(event: SuggestionsEvent): string {
  if (!event.final) return t('rerankPending');
  switch (event.rerank) {
    case 'ok':
      return t('rerankOk');
    case 'timeout':
      return t('rerankTimeout');
    case 'error':
      return t('rerankError');
    default:
      return '';
  }
}

function entityChip(entity: CallEntity): HTMLLIElement {
  let label = '';
  let value = entity.text;
  let title = '';
  switch (entity.type) {
    case 'amount':
      label = t('entityAmount');
      if (typeof entity.value === 'number') value = [new Intl.NumberFormat(locale).format(entity.value), entity.currency].filter(Boolean).join(' ');
      break;
    case 'mt103':
      value = 'MT103';
      break;
    case 'uetr': {
      label = 'UETR';
      const full = String(entity.value ?? entity.text);
      value = `${full.slice(0, 8)}…`;
      title = full;
      break;
    }
    case 'swift_bic':
      label = 'SWIFT';
      value = String(entity.value ?? entity.text);
      break;
    case 'date':
      label = t('entityDate');
      break;
    case 'duration':
      label = t('entityDuration');
      break;
  }
  return el('li', { className: 'entity', attrs: { 'data-type': entity.type, ...(title ? { title } : {}) } }, [
    label ? el('span', { className: 'entity-type', text: label }) : null,
    el('span', { className: 'entity-value', text: value }),
  ]);
}

function renderCallEvent(event: SuggestionsEvent): void {
  lastEvent = event;
  const c = liveCall;

  callQuery.textContent = event.query;
  callQueryEmpty.hidden = event.query !== '';

  // The same amount said twice is one chip.
  const seen = new Set<string>();
  const entities = event.entities.filter((e) => {
    const key = `${e.type}\u0000${e.value ?? e.text}\u0000${e.currency ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  callEntities.replaceChildren(...entities.map(entityChip));
  callEntities.hidden = entities.length === 0;

  const kinds = event.personalData.map((k) => (`pii${k}` in LABELS[locale] ? t(`pii${k}` as LabelKey) : k));
  callPii.textContent = kinds.length ? t('piiMasked', { kinds: kinds.join(t('piiSep')) }) : '';
  callPii.hidden = kinds.length === 0;

  callRerank.textContent = rerankLabel(event);
  callRerank.dataset.rerank = event.final ? event.rerank : 'pending';
  if (event.rerankDetail) callRerank.title = event.rerankDetail;
  else callRerank.removeAttribute('title');

  // Greetings and small talk leave no topic: the hits for them are noise, so none are shown.
  const hitsShown = event.query ? event.hits : [];
  const focusedId = callList.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest<HTMLElement>('li[data-id]')?.dataset.id : undefined;
  const focusedIndex = focusedId ? Array.from(callList.children).findIndex((li) => (li as HTMLElement).dataset.id === focusedId) : -1;
  callList.dataset.turns = String(event.turns);
  callList.dataset.final = String(event.final);
  callList.dataset.locale = event.locale;
  callList.replaceChildren(...hitsShown.map((hit, i) => callSuggestion(hit, i)));
  callList.hidden = hitsShown.length === 0;
  markCallBusy(c);

  if (!event.query) callResultsStatus.textContent = t('callWaiting');
  else if (!hitsShown.length) callResultsStatus.textContent = t('callNoMatch');
  else callResultsStatus.textContent = '';
  callResultsStatus.hidden = callResultsStatus.textContent === '';

  // Re-rendering never moves the focus, except back onto the list when it was there.
  if (focusedIndex >= 0) {
    const items = callList.querySelectorAll<HTMLLIElement>('li[data-id]');
    const same = Array.from(items).find((li) => li.dataset.id === focusedId);
    (same ?? items[Math.min(focusedIndex, items.length - 1)])?.focus({ preventScroll: true });
  }
}

function callSuggestion(hit: AssistHit, i: number): HTMLLIElement {
  const snippet = el('p', { className: 's-snippet' });
  snippet.innerHTML = hit.snippet; // HTML-escaped by the server, <mark> only
  const title = el('span', { className: 's-title' }, [document.createTextNode(hit.title)]);
  if (newHitIds.has(hit.id)) title.append(' ', el('span', { className: 's-new', text: t('newBadge') }));
  return el(
    'li',
    {
      className: hit.id === currentId ? 'suggestion call-suggestion is-open' : 'suggestion call-suggestion',
      id: `call-suggestion-${i}`,
      attrs: { tabindex: '0', 'data-id': hit.id, lang: hit.locale },
    },
    [
      el('div', { className: 's-head' }, [
        title,
        el('span', { className: 's-cat', text: categoryNames.get(hit.category) ?? hit.category, attrs: { 'data-cat': hit.category } }),
      ]),
      el('p', { className: 's-answer', text: hit.answer }),
      snippet,
      hit.reason ? el('p', { className: 's-reason', attrs: { lang: locale } }, [el('span', { className: 's-reason-label', text: t('reasonLabel') }), document.createTextNode(hit.reason)]) : null,
    ],
  );
}

/** The list is busy while lines are on their way or their suggestions have not come yet. */
function markCallBusy(c: LiveCall | null): void {
  if (c && (c.pending > 0 || c.turns > c.shownTurns)) callList.setAttribute('aria-busy', 'true');
  else callList.removeAttribute('aria-busy');
}

// The transcript

/** The transcript follows the newest line unless the agent has scrolled up to read. */
let transcriptPinned = true;

function pinTranscript(): void {
  if (transcriptPinned) callTranscript.scrollTop = callTranscript.scrollHeight;
}

callTranscript.addEventListener('scroll', () => {
  transcriptPinned = callTranscript.scrollHeight - callTranscript.scrollTop - callTranscript.clientHeight < 4;
});
// Its height changes with the panel around it (and the window): stay at the bottom.
new ResizeObserver(pinTranscript).observe(callTranscript);

function appendTurn(turn: Turn): HTMLLIElement {
  const item = el('li', { className: 'turn is-pending', attrs: { 'data-speaker': turn.speaker } }, [
    el('span', { className: 'turn-who', text: speakerLabel(turn.speaker), attrs: { 'data-speaker': turn.speaker } }),
    el('span', { className: 'turn-text', text: turn.text }),
  ]);
  callTranscript.append(item);
  transcriptPinned = true; // a new line is always shown
  pinTranscript();
  return item;
}

/** Sends lines in order; shows them at once, marked as not sent if the server refuses them. */
function sendTurns(turns: Turn[]): void {
  const c = liveCall;
  if (!c || !turns.length) return;
  const items = turns.map(appendTurn);
  c.pending += turns.length;
  markCallBusy(c);
  if (lastEvent) callRerank.textContent = t('callUpdating');
  c.queue = c.queue.then(async () => {
    for (const [start, end] of batches(turns)) {
      const batch = turns.slice(start, end);
      const batchItems = items.slice(start, end);
      if (liveCall !== c) return;
      try {
        const body = batch.length === 1 ? batch[0] : { lines: batch };
        const res = await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}/lines`, { method: 'POST', body });
        const ack = (await res.json()) as { turns: number };
        if (liveCall !== c) return;
        c.pending -= batch.length;
        c.lines += batch.length;
        c.turns = ack.turns;
        for (const item of batchItems) item.classList.remove('is-pending');
        if (statusKey === 'statusLive') setCallStatus('statusLive');
        showCallError(null);
      } catch (e) {
        if (liveCall !== c) return;
        c.pending -= batch.length;
        if (lastEvent) callRerank.textContent = rerankLabel(lastEvent);
        for (const item of batchItems) {
          item.classList.remove('is-pending');
          item.classList.add('is-failed');
          item.append(el('span', { className: 'turn-failed', text: t('lineFailed') }));
        }
        showCallError(t('callSendError', { msg: errorText(e) }));
        if (e instanceof ApiError && e.status === 404) closeCall('statusEnded');
      }
    }
    if (liveCall === c) markCallBusy(c);
  });
}

/** [start, end) ranges of `turns`, each small enough for one POST. */
function batches(turns: Turn[]): Array<[number, number]> {
  const encoder = new TextEncoder();
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  turns.forEach((turn, i) => {
    const size = encoder.encode(JSON.stringify(turn)).length + 1;
    if (i > start && (i - start >= LINES_PER_POST || bytes + size > BYTES_PER_POST)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < turns.length) ranges.push([start, turns.length]);
  return ranges;
}

/** Pasted text → turns: "customer: …", "agent: …", "客户：…", "坐席：…", "客服：…"; an unlabelled line is a turn of the speaker in effect (the last label above it, else the speaker toggle). */
function parsePasted(text: string, current: Speaker): Turn[] {
  const turns: Turn[] = [];
  let who = current;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const m = SPEAKER_LINE.exec(raw);
    let line = raw.trim();
    if (m) {
      who = AGENT_LABEL.test(m[1]!) ? 'agent' : 'customer';
      line = m[2]!.trim();
    }
    if (!line) continue;
    // The server takes at most 2,000 characters a turn: a longer one is split.
    for (let i = 0; i < line.length; i += MAX_LINE_CHARS) turns.push({ speaker: who, text: line.slice(i, i + MAX_LINE_CHARS) });
  }
  return turns;
}

callLine.addEventListener('keydown', (event) => {
  if (event.isComposing || event.keyCode === 229) return; // an IME is choosing characters
  switch (event.key) {
    case 'Enter': {
      event.preventDefault();
      const text = callLine.value.trim();
      if (!text || !liveCall) return;
      callLine.value = '';
      sendTurns([{ speaker, text }]);
      break;
    }
    case 'ArrowUp':
    case 'ArrowDown':
      event.preventDefault();
      setSpeaker(speaker === 'customer' ? 'agent' : 'customer');
      break;
    case 'Escape':
      if (callLine.value) {
        event.preventDefault();
        callLine.value = '';
      }
      break;
  }
});

speakerToggle.addEventListener('click', () => {
  setSpeaker(speaker === 'customer' ? 'agent' : 'customer');
  callLine.focus();
});

function submitPaste(): void {
  if (!liveCall) return;
  const turns = parsePasted(pasteArea.value, speaker);
  if (!turns.length) {
    showCallError(t('pasteEmpty'));
    return;
  }
  showCallError(null);
  sendTurns(turns);
  pasteArea.value = '';
  pasteBox.open = false;
  callLine.focus();
}

pasteSubmit.addEventListener('click', submitPaste);
pasteArea.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
    event.preventDefault();
    submitPaste();
  }
});
pasteBox.addEventListener('toggle', () => {
  if (pasteBox.open) pasteArea.focus();
});

// Suggestions: click or Enter opens the article; ↑↓ move between them.

callList.addEventListener('mousedown', (event) => {
  // Keep the focus where the agent is typing.
  if (document.activeElement === callLine) event.preventDefault();
});
callList.addEventListener('click', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (item) openArticle(item.dataset.id!);
});
callList.addEventListener('keydown', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (!item) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openArticle(item.dataset.id!);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
    (next as HTMLElement | null)?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    callLine.focus();
  }
});

// ---------------------------------------------------------------------------------------
// Language

function applyLabels(): void {
  document.documentElement.lang = locale;
  document.title = t('pageTitle');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n as LabelKey);
  for (const node of Array.from(document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) node.placeholder = t(node.dataset.i18nPlaceholder as LabelKey);
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) node.setAttribute('aria-label', t(node.dataset.i18nLabel as LabelKey));
  langToggle.setAttribute('aria-label', t('switchLang'));
  langToggle.dataset.locale = locale;
  for (const opt of Array.from(langToggle.querySelectorAll<HTMLElement>('.lang-opt'))) opt.classList.toggle('is-active', opt.dataset.lang === locale);
}

function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  storageSet(() => localStorage, LOCALE_KEY, locale);
  applyLabels();
  relabelCall();
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
relabelCall();
searchInput.focus();
void loadCategories();
const initial = routeId();
if (initial) void loadArticle(initial);

export {};
