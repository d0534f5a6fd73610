// The real dataset, freshly built from data/permissions/*.yaml, and an engine over it.
import { fileURLToPath } from 'node:url';
import { formatError, loadDataset } from '../../scripts/data/load-dataset';
import { toJson } from '../../scripts/data/serialize';
import { createEngine, type PermissionsEngine } from '../../src/domain/engine';
import type { PermissionsDataset, ZoneStatuses } from '../../src/domain/types';

const dir = fileURLToPath(new URL('../../data/permissions', import.meta.url));

export function realDataset(): PermissionsDataset {
  const result = loadDataset(dir);
  if (!result.ok)
    throw new Error(`data/permissions is invalid:\n${result.errors.map(formatError).join('\n')}`);
  return result.dataset;
}

export const engine = createEngine(realDataset());

/**
 * The dataset as the app fetches it: the bytes `export:data` writes to public/data/permissions.json,
 * parsed. Built here from the YAML, because public/data/ is derived at build and absent in a
 * fresh clone.
 */
export function publishedDataset(): PermissionsDataset {
  return JSON.parse(toJson(realDataset())) as PermissionsDataset;
}

/** The statuses of every zone × weapon on `date`, through the engine's public epoch lookup. */
export function statusesOn(on: PermissionsEngine, date: string): ZoneStatuses {
  return on.epochs[on.epochIndexAt(date)]!.statuses as ZoneStatuses;
}
