import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as z from '../shared/zod.js';
import type { Diagnostic } from '../errors.js';
import type { Category, SynonymConfig } from '../types.js';
import { CATEGORIES_FILE, OUT_OF_SCOPE_FILE, SYNONYMS_FILE } from './findContentFiles.js';
import { isYamlProblem, parseYaml } from './parseYaml.js';
import { readTextFile } from './readTextFile.js';

const categoriesSchema = z
  .array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), 'zh-CN': z.string().min(1), en: z.string().min(1) }))
  .min(1, 'must list at least one category');

const term = z.string().trim().min(1).max(60);
const synonymsSchema = z.strictObject({
  groups: z.array(z.array(z.union([term, z.number().transform(String)])).min(2, 'a group needs at least two terms')).default([]),
  terms: z.array(term).default([]),
});

/** Reads `categories.yaml` (required). */
export function loadCategories(root: string, diagnostics: Diagnostic[]): Category[] {
  const data = loadYamlFile(root, CATEGORIES_FILE, categoriesSchema, diagnostics, true);
  return (data ?? []).map((c) => ({ id: c.id, names: { 'zh-CN': c['zh-CN'], en: c.en } }));
}

const elsewhereName = z.string().trim().min(1).max(60);

const outOfScopeSchema = z.strictObject({
  examples: z.array(z.string().trim().min(1).max(200)).default([]),
  elsewhere: z
    .array(
      z.union(
        [
          elsewhereName,
          z.strictObject({ names: z.array(elsewhereName).min(1), unless: z.array(elsewhereName).min(1) }),
          z.strictObject({ names: z.array(elsewhereName).min(1), opening: z.literal(true) }),
        ],
        {
          error:
            'expected a name, names of one kind with the words that name the kind ({ names: [工行, ICBC], unless: [银行, bank] }), ' +
            'or names that count only when they open the query ({ names: [WhatsApp], opening: true })',
        },
      ),
    )
    .default([]),
  ours: z.array(elsewhereName).default([]),
});

export interface OutOfScopeConfig {
  /** Questions the content does not answer: the confidence's negative examples (see NegativeExamples). */
  examples: string[];
  /** Institutions and products that are not ours (see Elsewhere). */
  elsewhere: ElsewhereEntry[];
  /** The provider's own names, as customers and agents say them (see OurNames). */
  ours: string[];
}

/**
 * A name that is not ours, or names that an article also "names" by speaking of their kind
 * (`unless`): a bank named is ours when the article speaks of banks at all (提现到招行); or
 * names that are another's only when the query opens with them (`opening`): "WhatsApp
 * verification code not coming" is WhatsApp's, "buyer says on WhatsApp he paid" ours.
 */
export type ElsewhereEntry = string | { names: string[]; unless: string[] } | { names: string[]; opening: true };

/** Reads `out-of-scope.yaml` (optional). */
export function loadOutOfScope(root: string, diagnostics: Diagnostic[]): OutOfScopeConfig {
  const data = loadYamlFile(root, OUT_OF_SCOPE_FILE, outOfScopeSchema, diagnostics, false);
  return { examples: data?.examples ?? [], elsewhere: data?.elsewhere ?? [], ours: data?.ours ?? [] };
}

/** Reads `synonyms.yaml` (optional) and checks that no term is in two groups. */
export function loadSynonyms(root: string, diagnostics: Diagnostic[]): SynonymConfig {
  const data = loadYamlFile(root, SYNONYMS_FILE, synonymsSchema, diagnostics, false);
  const config: SynonymConfig = { groups: data?.groups ?? [], terms: data?.terms ?? [] };
  const seen = new Map<string, number>();
  config.groups.forEach((group, g) => {
    for (const t of group) {
      const key = t.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined && first !== g) {
        diagnostics.push({
          severity: 'error', code: 'synonyms.duplicate-term', file: SYNONYMS_FILE, field: `groups.${g}`,
          message: `"${t}" is in group ${first + 1} and group ${g + 1}`,
          hint: 'a term may belong to one group only: merge the groups or drop one occurrence',
        });
      }
      seen.set(key, g);
    }
  });
  return config;
}

function loadYamlFile<T extends z.ZodType>(root: string, name: string, schema: T, diagnostics: Diagnostic[], required: boolean): z.output<T> | undefined {
  const path = join(root, name);
  if (!existsSync(path)) {
    if (required) diagnostics.push({ severity: 'error', code: 'config.missing', file: name, message: `${name} is missing`, hint: 'see the README, "Content format"' });
    return undefined;
  }
  const read = readTextFile(path);
  if (!read.ok) {
    diagnostics.push({ severity: 'error', code: 'file.unreadable', file: name, message: read.message, hint: read.hint });
    return undefined;
  }
  const yaml = parseYaml(read.text);
  if (isYamlProblem(yaml)) {
    diagnostics.push({ severity: 'error', code: 'config.syntax', file: name, line: yaml.line, message: yaml.message, hint: yaml.hint });
    return undefined;
  }
  const parsed = schema.safeParse(yaml.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      diagnostics.push({
        severity: 'error', code: 'config.invalid', file: name, line: yaml.lineOf(issue.path) ?? 1,
        field: issue.path.join('.') || undefined, message: issue.message,
      });
    }
    return undefined;
  }
  return parsed.data;
}
