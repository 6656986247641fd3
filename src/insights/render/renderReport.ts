import { KbError } from '../../errors.js';
import type { Report } from '../reportModel.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseReportFormat(value: string): ReportFormat {
  const f = REPORT_FORMATS.find((x) => x === value.toLowerCase());
  if (!f) throw new KbError('cli.bad-format', `--format must be one of ${REPORT_FORMATS.join(', ')}, got "${value}"`);
  return f;
}

export function renderReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return renderCsv(report);
  if (format === 'html') return renderHtml(report);
  return renderText(report);
}
