// The state-affiliated domains listed in data/permissions/meta.yaml, so a site source on one of
// them must be flagged `stateAffiliated: true` (the same rule as for events).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function readStateDomains(root: string): string[] {
  const meta = parse(readFileSync(join(root, 'data/permissions/meta.yaml'), 'utf8'), { schema: 'core' }) as {
    stateAffiliatedDomains?: unknown;
  };
  const list = meta?.stateAffiliatedDomains;
  return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [];
}

// One matching rule for events and sites.
export { stateDomainOf } from '../checks/sources';
