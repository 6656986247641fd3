/**
 * The agent console (browser code), served as ES modules under a strict CSP: no framework,
 * no inline styles or handlers. This module wires the parts together and starts the page;
 * each part is one concept (see README, "The agent console").
 */
import { currentArticleId, focusArticle, loadArticle, routeId } from './articlePane.js';
import { loadCategories } from './categories.js';
import { rememberAgentLabel } from './agentLabel.js';
import { byId } from './dom.js';
import { applyLabels, locale, onLocaleChange, setLocale } from './i18n.js';
import { focusCallLine, isCallLive, relabelCall } from './liveCall.js';
import { renderQuickAccess } from './quickAccess.js';
import { currentQuery, focusSearch, runSearch } from './searchBox.js';
import { setUpShortcuts } from './shortcuts.js';
import { setUpTokenForm } from './token.js';

const langToggle = byId<HTMLButtonElement>('lang-toggle');

function labelLangToggle(): void {
  langToggle.dataset.locale = locale();
  for (const opt of Array.from(langToggle.querySelectorAll<HTMLElement>('.lang-opt'))) opt.classList.toggle('is-active', opt.dataset.lang === locale());
}

/** Everything that shows data again in the new language; the reply fields keep their values. */
onLocaleChange(() => {
  labelLangToggle();
  relabelCall();
  renderQuickAccess();
  void loadCategories();
  void runSearch();
  const id = currentArticleId();
  if (id) void loadArticle(id);
});

langToggle.addEventListener('click', () => setLocale(locale() === 'zh-CN' ? 'en' : 'zh-CN'));

setUpTokenForm(() => {
  if (isCallLive()) focusCallLine();
  else focusSearch();
  void loadCategories();
  if (currentQuery()) void runSearch();
  const id = currentArticleId() ?? routeId();
  if (id) void loadArticle(id);
});

setUpShortcuts();

document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  focusArticle();
});

rememberAgentLabel(location.search);
applyLabels();
labelLangToggle();
relabelCall();
renderQuickAccess();
byId<HTMLInputElement>('search').focus();
void loadCategories();
const initial = routeId();
if (initial) void loadArticle(initial);
