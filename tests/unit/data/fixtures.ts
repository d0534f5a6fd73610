// Builds a dataset directory for a validator test: tests/fixtures/data/base/ with the files of
// tests/fixtures/data/<case>/ laid on top (a case holds only the files it changes).

import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatError,
  loadDataset,
  type DataError,
  type LoadResult,
} from '../../../scripts/data/load-dataset';
import { TODAY } from '../../support/today';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/data/', import.meta.url));

export function fixtureDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `permissions-${name}-`));
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  if (name !== 'base') cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function loadFixture(name: string): LoadResult {
  return loadDataset(fixtureDir(name), { today: TODAY });
}

/** The formatted error lines of a fixture that must fail. */
export function errorsOf(name: string): { errors: DataError[]; lines: string[] } {
  const result = loadFixture(name);
  if (result.ok) throw new Error(`fixture ${name} unexpectedly passed validation`);
  return { errors: result.errors, lines: result.errors.map(formatError) };
}
