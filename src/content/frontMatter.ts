import { isYamlProblem, parseYaml, type YamlParse, type YamlProblem } from './parseYaml.js';

export interface FrontMatterParse extends YamlParse {
  body: string;
  /** 1-based file line the body starts on. */
  bodyLine: number;
}

/** Splits `---` front matter from the Markdown body and parses it as YAML, keeping lines. */
export function parseFrontMatter(text: string): FrontMatterParse | YamlProblem {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { line: 1, message: 'missing front matter: the file must start with a line "---"', hint: 'see the README, "Content format"' };
  }
  const closing = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (closing === -1) {
    return { line: 1, message: 'front matter is not closed: no line "---" after it', hint: 'end the front matter with a line containing only ---' };
  }
  const yaml = parseYaml(lines.slice(1, closing).join('\n'), 2);
  if (isYamlProblem(yaml)) return yaml;
  return { ...yaml, body: lines.slice(closing + 1).join('\n'), bodyLine: closing + 2 };
}
