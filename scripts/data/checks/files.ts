// Reading the YAML files with line numbers, so every error can point at the line it is about.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { DataError } from './errors';

export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export type Path = readonly (string | number)[];

export function lineOf(parsed: ParsedFile, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

export function fieldName(path: Path): string | undefined {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || undefined;
}

/** An error at a path of a parsed file (the line is looked up from the path). */
export function errorAt(
  parsed: ParsedFile,
  path: Path,
  record: string | undefined,
  field: string | undefined,
  message: string,
): DataError {
  return { file: parsed.file, line: lineOf(parsed, path), record, field, message };
}

/** Parses one file of the data directory; a missing file or a YAML syntax error becomes errors. */
export function readYaml(dir: string, file: string, errors: DataError[]): ParsedFile | null {
  const full = join(dir, file);
  if (!existsSync(full)) {
    errors.push({ file, message: 'file is missing' });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(full, 'utf8'), {
    lineCounter: lines,
    uniqueKeys: true,
    schema: 'core',
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      errors.push({
        file,
        line: lines.linePos(err.pos[0]).line,
        message: `YAML syntax: ${err.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  return { file, doc, lines, data: doc.toJS() };
}

/** events.yaml and/or events/*.yaml, in a fixed order. */
export function eventFileNames(dir: string): string[] {
  const names: string[] = [];
  if (existsSync(join(dir, 'events.yaml'))) names.push('events.yaml');
  if (existsSync(join(dir, 'events'))) {
    for (const name of readdirSync(join(dir, 'events')).sort())
      if (/\.ya?ml$/.test(name)) names.push(`events/${name}`);
  }
  return names;
}
