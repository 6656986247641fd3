import type { EventStore } from '../events/event.js';
import type { KnowledgeBase } from '../query/knowledgeBase.js';
import type { Scope } from '../types.js';
import { articleCatalog } from './articleCatalog.js';
import { buildReport } from './buildReport.js';
import type { Report } from './reportModel.js';

export interface ReportRange {
  since: number;
  until: number;
  scope?: Scope;
}

/** Reads the period and the one before it from the store and computes the report over `kb`'s articles. */
export async function loadReport(store: EventStore, kb: KnowledgeBase, range: ReportRange, now = new Date()): Promise<Report> {
  const previousSince = range.since - (range.until - range.since);
  await store.flush();
  const events = await store.list({ since: previousSince, until: range.until, scope: range.scope });
  return buildReport({ ...range, previousSince, events, articles: articleCatalog(kb), analyze: (t) => kb.analyzer.analyze(t) }, now);
}
