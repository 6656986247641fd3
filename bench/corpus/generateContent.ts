/**
 * Large knowledge bases for benchmarks and the compiled-index equality test: the sample
 * content plus `articles` generated articles, each in both locales, written as real
 * content files (so `kb build` does all its work), and queries drawn from them.
 *
 * - `realistic`: bodies drawn from a Zipf-like vocabulary much larger than the sample's
 *   (the sample's own words first, then invented Chinese and English words), so postings
 *   get longer for frequent words and the vocabulary keeps growing with the corpus.
 * - `reused` (the hard case): every generated article is made of the sample's own
 *   sentences, titles and questions, so every query matches a large share of the corpus
 *   and the real article competes with many lookalikes.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compileContent.js';
import { internalMarker } from '../../src/compile/lintArticles.js';
import type { CompiledArticle, Locale } from '../../src/types.js';
import { seededRandom, type Random } from '../../src/shared/seededRandom.js';
import { pick } from './random.js';
import { queriesFor, type GeneratedQuery } from './queries.js';
import { ZipfVocabulary } from './zipfVocabulary.js';

export type CorpusMode = 'realistic' | 'reused';

export interface CorpusOptions {
  /** The sample content folder copied into the corpus. */
  sampleDir: string;
  outDir: string;
  /** Generated articles (each in zh-CN and en) on top of the sample's. */
  articles: number;
  mode: CorpusMode;
  seed?: number;
}

export interface Corpus {
  contentDir: string;
  /** Queries whose expected answer is a generated article (empty in `reused` mode). */
  queries: GeneratedQuery[];
}

/** A generated article, as the query generator sees it. */
export interface GeneratedArticle {
  id: string;
  /** The words the article was made of, per locale (its rarer words make good keywords). */
  words: Record<Locale, string[]>;
}

const HEADINGS: Record<Locale, { reply: string; steps: string; escalation: string; internal: string }> = {
  'zh-CN': { reply: '回复话术', steps: '处理步骤', escalation: '升级处理', internal: '内部备注' },
  en: { reply: 'Say this', steps: 'Steps', escalation: 'Escalation', internal: 'Internal notes' },
};

export function generateContent(opts: CorpusOptions): Corpus {
  const random = seededRandom(opts.seed ?? 1);
  const contentDir = opts.outDir;
  mkdirSync(contentDir, { recursive: true });
  cpSync(opts.sampleDir, contentDir, { recursive: true });
  const sample = compileContent({ contentDir: opts.sampleDir }).articles;
  const categories = [...new Set(sample.map((a) => a.category))];
  const source = opts.mode === 'reused' ? reusedSentences(sample, random) : zipfSentences(sample, random);
  const generated: GeneratedArticle[] = [];
  // A similar question must lead to one article (the linter refuses duplicates, as lintArticles.ts keys them).
  const questionKeys = new Set(sample.flatMap((a) => a.questions.map((q) => `${a.locale}|${questionKey(q)}`)));
  const uniqueQuestion = (locale: Locale, make: () => string) => {
    for (;;) {
      const q = make();
      const key = `${locale}|${questionKey(q)}`;
      if (!questionKeys.has(key)) {
        questionKeys.add(key);
        return q;
      }
    }
  };
  for (let i = 0; i < opts.articles; i++) {
    const id = `gen-${String(i + 1).padStart(6, '0')}-kb`;
    const category = pick(random, categories);
    const internal = random() < 0.1;
    const article: GeneratedArticle = { id, words: { 'zh-CN': [], en: [] } };
    for (const locale of ['zh-CN', 'en'] as const) {
      const s = source(locale);
      const title = s.title();
      const questions = Array.from({ length: 2 + Math.floor(random() * 4) }, () => uniqueQuestion(locale, s.question));
      const tags = Array.from({ length: 2 + Math.floor(random() * 3) }, () => s.tag());
      const answer = s.sentence();
      const steps = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, k) => `${k + 1}. ${s.sentence()}`);
      const notes = random() < 0.5 ? `\n## ${HEADINGS[locale].internal}\n- ${s.internal()}\n` : '';
      const front = [
        '---',
        `id: ${id}`,
        `title: ${JSON.stringify(title)}`,
        `category: ${category}`,
        `tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
        'questions:',
        ...questions.map((q) => `  - ${JSON.stringify(q)}`),
        `visibility: ${internal ? 'internal' : 'public'}`,
        'owner: Generated',
        'reviewed: 2026-11-01',
        'review_every_days: 3650',
        'escalate_to: Generated',
        'promise: none',
        '---',
      ].join('\n');
      const h = HEADINGS[locale];
      const body = `${answer}\n\n## ${h.reply}\n${s.sentence()}\n\n## ${h.steps}\n${steps.join('\n')}\n\n## ${h.escalation}\n${s.sentence()}\n${notes}`;
      const dir = join(contentDir, category);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${id}.${locale}.md`), `${front}\n${body}`);
      article.words[locale] = s.used();
    }
    generated.push(article);
  }
  return { contentDir, queries: opts.mode === 'reused' ? [] : queriesFor(generated, random) };
}

function questionKey(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

interface SentenceSource {
  title(): string;
  question(): string;
  tag(): string;
  sentence(): string;
  internal(): string;
  /** Words used since the last call, for the query generator. */
  used(): string[];
}

/** The hard case: sentences, titles, questions and tags of the sample itself. */
function reusedSentences(sample: CompiledArticle[], random: Random): (locale: Locale) => SentenceSource {
  return (locale) => {
    const mine = sample.filter((a) => a.locale === locale);
    const lines = (internal: boolean) =>
      mine.flatMap((a) => a.sections.filter((s) => (s.kind === 'internal') === internal).flatMap((s) => s.text.split(/\n|(?<=[。！？.!?])\s*/))).filter((l) => l.trim().length > 5);
    const pub = lines(false).filter((l) => !internalMarker(l));
    const internal = lines(true);
    return {
      title: () => pick(random, mine).title,
      // Two questions run together: the sample's own are taken, and each must be unique.
      question: () => `${pick(random, pick(random, mine).questions)} ${pick(random, pick(random, mine).questions)}`,
      tag: () => pick(random, pick(random, mine).tags),
      sentence: () => pick(random, pub).trim(),
      internal: () => pick(random, internal).trim(),
      used: () => [],
    };
  };
}

/** Sentences of words drawn from a Zipf-like vocabulary seeded with the sample's words. */
function zipfSentences(sample: CompiledArticle[], random: Random): (locale: Locale) => SentenceSource {
  const vocabularies = {
    'zh-CN': new ZipfVocabulary('zh-CN', sample, random),
    en: new ZipfVocabulary('en', sample, random),
  };
  return (locale) => {
    const v = vocabularies[locale];
    let used: string[] = [];
    const words = (min: number, max: number) => {
      const w = Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => v.word());
      used.push(...w);
      return w;
    };
    const join = (w: string[]) => (locale === 'en' ? w.join(' ') : w.join(''));
    const clean = (make: () => string) => {
      for (;;) {
        const s = make();
        if (!internalMarker(s)) return s;
      }
    };
    const end = locale === 'en' ? '.' : '。';
    return {
      title: () => clean(() => join(words(3, 6))),
      question: () => clean(() => `${join(words(3, 8))}${locale === 'en' ? '?' : '？'}`),
      tag: () => clean(() => join(words(1, 2))),
      sentence: () => clean(() => `${join(words(8, 20))}${end}`),
      internal: () => `${join(words(6, 12))}${end}`,
      used: () => {
        const u = used;
        used = [];
        return u;
      },
    };
  };
}
