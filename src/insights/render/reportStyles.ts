/**
 * The HTML report's stylesheet, inlined in the page so the report is one file an editor
 * can mail. `/insights` allows exactly this block by its hash (see insightsRoutes.ts).
 */
export const REPORT_CSS = `
body { font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 960px; padding: 16px 24px 48px; color: #1f2937; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #e5e7eb; padding-bottom: 0.3rem; }
.muted { color: #6b7280; }
.note { background: #fef3c7; border: 1px solid #f59e0b; padding: 6px 10px; border-radius: 4px; }
.kpis { display: flex; gap: 16px; flex-wrap: wrap; }
.kpi { border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px 14px; min-width: 180px; }
.kpi b { display: block; font-size: 1.4rem; }
.up { color: #b91c1c; } .down { color: #047857; } .flat { color: #6b7280; }
table { border-collapse: collapse; width: 100%; margin-top: 0.6rem; font-size: 0.9rem; }
th, td { text-align: left; border-bottom: 1px solid #e5e7eb; padding: 4px 6px; vertical-align: top; }
th { background: #f9fafb; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart { max-width: 100%; height: auto; display: block; margin: 0.6rem 0; }
.examples { color: #4b5563; font-size: 0.85rem; }
`;
