// Reads one YAML file with line numbers, so each problem can point at its line.

import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export interface YamlFile {
  file: string;
  data: unknown;
  /** The line of the deepest node that exists on `path`. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readYamlFile(fullPath: string, file: string, problems: Problem[]): YamlFile | null {
  if (!existsSync(fullPath)) {
    problems.push({ file, message: 'file is missing' });
    return null;
  }
  const lines = new LineCounter();
  const doc: Document.Parsed = parseDocument(readFileSync(fullPath, 'utf8'), {
    lineCounter: lines,
    uniqueKeys: true,
    schema: 'core',
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    for (const err of doc.errors)
      problems.push({
        file,
        line: lines.linePos(err.pos[0]).line,
        message: `YAML syntax: ${err.message.split('\n')[0]}`,
      });
    return null;
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: number[] } | undefined;
        if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]!).line;
      }
      return undefined;
    },
  };
}

export function formatProblem(p: Problem): string {
  return `${p.line ? `${p.file}:${p.line}` : p.file}: ${p.message}`;
}

/** The dotted path of a zod issue, e.g. `sources[0].quote`. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out;
}
