import { escapeHtml as esc } from '../../shared/html.js';

/**
 * Charts drawn on the server as inline SVG: no script, no library, nothing fetched, so the
 * HTML report works as a mailed file and under a strict CSP. Colours are presentation
 * attributes (fill=, stroke=), never style attributes, which a CSP would block.
 */

export const COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444'];
const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

export interface Series {
  name: string;
  values: number[];
}

/** Stacked columns, one per label (a day), one colour per series, with a legend. */
export function stackedColumns(title: string, labels: string[], series: Series[], width = 760, height = 220): string {
  const pad = { left: 40, right: 10, top: 24, bottom: 36 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const totals = labels.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = plotW / Math.max(1, labels.length);
  const barW = Math.max(1, step * 0.8);
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  labels.forEach((label, i) => {
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v > 0) parts.push(`<rect x="${(pad.left + i * step).toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${((v / max) * plotH).toFixed(1)}" fill="${COLORS[k % COLORS.length]}"><title>${esc(label)} ${esc(s.name)}: ${v}</title></rect>`);
      base += v;
    });
  });
  const every = Math.max(1, Math.ceil(labels.length / 8));
  const ticks = labels.map((l, i) => (i % every === 0 ? `<text x="${(pad.left + i * step).toFixed(1)}" y="${height - pad.bottom + 14}" ${FONT} fill="#555">${esc(l.slice(5))}</text>` : '')).join('');
  const legend = series.map((s, k) => `<rect x="${pad.left + k * 110}" y="${height - 14}" width="10" height="10" fill="${COLORS[k % COLORS.length]}"/><text x="${pad.left + k * 110 + 14}" y="${height - 5}" ${FONT}>${esc(s.name)}</text>`).join('');
  return svg(title, width, height, `${axis(pad.left, pad.top, plotH, plotW, max)}${parts.join('')}${ticks}${legend}`);
}

export interface Bar {
  label: string;
  value: number;
  /** Drawn as a thin grey bar under the main one: the previous period. */
  previous?: number;
}

/** Horizontal bars with labels; `max` fixes the scale (1 for ratios), `format` the value text. */
export function horizontalBars(title: string, bars: Bar[], opts: { max?: number; format?: (v: number) => string; width?: number } = {}): string {
  const width = opts.width ?? 760;
  const rowH = 26;
  const labelW = 300;
  const height = Math.max(1, bars.length) * rowH + 10;
  const max = opts.max ?? Math.max(1, ...bars.flatMap((b) => [b.value, b.previous ?? 0]));
  const plotW = width - labelW - 70;
  const fmt = opts.format ?? String;
  const rows = bars.map((b, i) => {
    const top = 5 + i * rowH;
    const w = (b.value / max) * plotW;
    const prev = b.previous === undefined ? '' : `<rect x="${labelW}" y="${top + 17}" width="${((b.previous / max) * plotW).toFixed(1)}" height="4" fill="#9ca3af"><title>before: ${fmt(b.previous)}</title></rect>`;
    const label = b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label;
    return `<text x="${labelW - 6}" y="${top + 13}" text-anchor="end" ${FONT}>${esc(label)}</text><rect x="${labelW}" y="${top + 2}" width="${Math.max(0, w).toFixed(1)}" height="14" fill="${COLORS[0]}"><title>${esc(b.label)}: ${esc(fmt(b.value))}</title></rect>${prev}<text x="${(labelW + w + 4).toFixed(1)}" y="${top + 13}" ${FONT}>${esc(fmt(b.value))}</text>`;
  });
  return svg(title, width, height, rows.join(''));
}

function axis(x: number, top: number, plotH: number, plotW: number, max: number): string {
  return `<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotH}" stroke="#999"/><line x1="${x}" y1="${top + plotH}" x2="${x + plotW}" y2="${top + plotH}" stroke="#999"/><text x="${x - 4}" y="${top + 4}" text-anchor="end" ${FONT} fill="#555">${max}</text><text x="${x - 4}" y="${top + plotH}" text-anchor="end" ${FONT} fill="#555">0</text>`;
}

function svg(title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${body}</svg>`;
}
