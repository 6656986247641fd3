import * as z from '../shared/zod.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written `YYYY-MM-DD` that actually exists (no 2026-02-30). */
const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}, 'must be a real date written YYYY-MM-DD, e.g. 2026-10-12');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** List items: YAML reads `[59, 70]` as numbers, but a tag or question is always text. */
const item = (max: number) => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text(max));

/** The front matter every article file must have. Unknown keys are errors (they are usually typos). */
export const frontMatterSchema = z.strictObject({
  id: z.string().regex(ID, 'must be lowercase words joined by "-", e.g. fees-charge-codes'),
  title: text(120),
  category: z.string().regex(ID, 'must be a category id from content/categories.yaml'),
  tags: z.array(item(40)).max(30).default([]),
  questions: z.array(item(200)).min(1, 'needs at least one similar question').max(50),
  visibility: z.enum(['public', 'internal'], 'must be "public" or "internal"'),
  owner: text(80),
  reviewed: isoDate,
  review_every_days: z.number().int().min(1).max(3650).default(180),
  escalate_to: text(80),
  promise: text(200),
  related: z.array(z.string().regex(ID, 'must be an article id')).max(20).default([]),
});

export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);
