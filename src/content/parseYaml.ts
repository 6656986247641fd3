import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Range } from 'yaml';

export interface YamlParse {
  data: unknown;
  /** 1-based file line of the node at `path` (e.g. ['questions', 3]), if it exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface YamlProblem {
  line: number;
  message: string;
  hint: string;
}

/**
 * Parses YAML keeping node positions, so validation errors can name a line.
 * `firstLine` is the file line the YAML text starts on (front matter starts on line 2).
 */
export function parseYaml(text: string, firstLine = 1): YamlParse | YamlProblem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const firstError = doc.errors[0];
  if (firstError) {
    const at = lineCounter.linePos(firstError.pos[0]);
    // An unclosed [ { or quote is noticed only later (next line, or end of text): point at its opening.
    const opened = UNCLOSED.has(firstError.code) ? openingLine(text.split('\n'), at.col === 1 ? at.line - 1 : at.line) : undefined;
    return {
      line: (opened ?? at.line) + firstLine - 1,
      message: `invalid YAML: ${firstError.message.split('\n')[0]}`,
      hint: 'check indentation, and quote values that contain ": " or start with [ { * & ! | > \' " % @',
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // toJS() throws on an alias without its anchor (`tags: *x`) and on alias bombs.
    const alias = firstAliasOffset(doc);
    return {
      line: (alias === undefined ? 1 : lineCounter.linePos(alias).line) + firstLine - 1,
      message: `invalid YAML: ${(err as Error).message.split('\n')[0]}`,
      hint: 'a value starting with * is an alias of an &anchor: quote it ("*text") if it is meant as text',
    };
  }
  return {
    data,
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const range = rangeOf(doc, path.slice(0, n));
        if (range) return toFileLine(range[0]);
      }
      return undefined;
    },
  };
}

const UNCLOSED = new Set(['BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_FLOW_SEQ_END', 'UNEXPECTED_FLOW_MAP_END']);

/** 1-based line, at or before `before` (0-based), that opens a bracket or quote it does not close. */
function openingLine(lines: string[], before: number): number | undefined {
  const count = (s: string, c: string) => s.split(c).length - 1;
  for (let i = Math.min(before, lines.length) - 1; i >= 0; i--) {
    const l = lines[i]!.replace(/\\./g, '');
    if (count(l, '[') > count(l, ']') || count(l, '{') > count(l, '}') || count(l, '"') % 2 === 1 || /:\s*'[^']*$/.test(l)) return i + 1;
  }
  return undefined;
}

export function isYamlProblem(r: YamlParse | YamlProblem): r is YamlProblem {
  return 'message' in r;
}

/** Range of the key (in a map) or item (in a list) at `path`; keys are found even when their value is empty. */
function rangeOf(doc: Document, path: readonly PropertyKey[]): Range | null | undefined {
  const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    return isScalar(pair?.key) ? pair.key.range : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item: unknown = parent.items[last];
    return isScalar(item) || isMap(item) || isSeq(item) ? item.range : undefined;
  }
  return undefined;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
