// The per-day statuses the app shows (all weapons), from the built dataset: what the floor's
// slider steps through, and what the app's first view must match the floor's fixed statuses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../src/domain/engine';
import { addDays, todayIso } from '../../src/domain/dates';
import { TIMELINE_START, ZONE_IDS, type StatusId, type ZoneId } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import { DIST } from './config';

export interface Days {
  days: Record<ZoneId, StatusId>[];
  /** Indices of the days on which the map recolours (some zone's status differs from the day before). */
  recolourDays: Set<number>;
  recolourCalls: number;
}

export function dayStatuses(): Days {
  const dataset = JSON.parse(
    readFileSync(resolve(DIST, 'data/permissions.json'), 'utf8'),
  ) as PermissionsDataset;
  const engine = createEngine(dataset);
  const today = todayIso();
  const days: Record<ZoneId, StatusId>[] = [];
  for (let d = TIMELINE_START; d <= today; d = addDays(d, 1))
    days.push(engine.levelsAt(d, 'all') as Record<ZoneId, StatusId>);
  let recolourCalls = 0;
  const recolourDays = new Set<number>();
  for (let i = 1; i < days.length; i++) {
    for (const zone of ZONE_IDS) {
      if (days[i]![zone] !== days[i - 1]![zone]) {
        recolourCalls++;
        recolourDays.add(i);
      }
    }
  }
  return { days, recolourDays, recolourCalls };
}
