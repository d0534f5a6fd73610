// The real dataset, freshly built from data/permissions/*.yaml, and an engine over it.
import { fileURLToPath } from 'node:url';
import { formatError, loadDataset } from '../../scripts/data/load-dataset';
import { createEngine } from '../../src/domain/engine';
import type { PermissionsDataset } from '../../src/domain/types';

const dir = fileURLToPath(new URL('../../data/permissions', import.meta.url));

export function realDataset(): PermissionsDataset {
  const result = loadDataset(dir);
  if (!result.ok)
    throw new Error(`data/permissions is invalid:\n${result.errors.map(formatError).join('\n')}`);
  return result.dataset;
}

export const engine = createEngine(realDataset());
