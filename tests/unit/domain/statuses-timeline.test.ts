import { describe, expect, it } from 'vitest';
import type { StatusId, WeaponId, ZoneId } from '../../../src/domain/ids';
import { engine, statusesOn } from '../../support/dataset';

// What the dataset says on dates spread over the whole timeline (2022 → 2026), each row naming
// the event that makes it so. The cell's basis (or, for a disputed cell, a reading's basis)
// must include that event.

type Row = [date: string, zone: ZoneId, weapon: WeaponId, status: StatusId, event: string];

const ROWS: Row[] = [
  // 2022: no stated policy, then HIMARS with assurances, then "Crimea is Ukraine".
  ['2022-03-15', 'deep-russia', 'artillery', 'no-policy', '2022-05-30-biden-no-rockets-into-russia'],
  ['2022-03-15', 'ukraine', 'artillery', 'permitted', '2022-05-31-biden-nyt-essay'],
  ['2022-03-15', 'crimea', 'artillery', 'no-policy', '2022-05-30-biden-no-rockets-into-russia'],
  ['2022-04-01', 'ukraine', 'himars', 'not-supplied', '2022-06-himars-deliveries-begin'],
  ['2022-05-31', 'border-zone', 'artillery', 'prohibited', '2022-05-31-biden-nyt-essay'],
  ['2022-06-10', 'kharkiv-sector', 'himars', 'prohibited', '2022-06-01-blinken-himars-assurances'],
  ['2022-06-20', 'crimea', 'himars', 'no-policy', '2022-06-01-blinken-himars-assurances'],
  ['2022-07-16', 'crimea', 'artillery', 'no-policy', '2022-07-15-reznikov-letter-to-austin'],
  ['2022-07-17', 'crimea', 'himars', 'permitted', '2022-07-17-state-dept-crimea-is-ukraine'],
  ['2022-11-01', 'crimea', 'himars', 'permitted', '2022-10-05-cooper-gmlrs-reach-crimea'],
  ['2022-12-05', 'deep-russia', 'himars', 'prohibited', '2022-12-05-wsj-himars-modified'],
  [
    '2022-12-20',
    'border-zone',
    'artillery',
    'prohibited',
    '2022-12-06-blinken-neither-encouraged-nor-enabled',
  ],
  // 2023: air defence over Russia, F-16 assurances, the first ATACMS.
  ['2023-01-01', 'border-zone', 'air-defense', 'disputed', '2024-06-04-kirby-never-a-restriction'],
  ['2023-06-01', 'deep-russia', 'air-defense', 'permitted', '2023-05-13-patriot-bryansk'],
  ['2023-08-01', 'crimea', 'atacms', 'not-supplied', '2023-10-17-atacms-first-use'],
  ['2023-08-01', 'crimea', 'artillery', 'permitted', '2023-05-20-f16-assurances-sullivan-crimea'],
  ['2023-11-01', 'ukraine', 'atacms', 'permitted', '2023-10-17-atacms-first-use'],
  ['2023-11-01', 'kharkiv-sector', 'atacms', 'prohibited', '2023-10-17-atacms-first-use'],
  // 2024: GLSDB, the F-16 line, the Kharkiv decision, Kursk, ATACMS into Russia.
  ['2024-01-15', 'deep-russia', 'aircraft-munitions', 'not-supplied', '2024-02-glsdb-delivered'],
  ['2024-04-01', 'border-zone', 'aircraft-munitions', 'prohibited', '2024-03-20-ryder-f16-within-borders'],
  ['2024-05-01', 'crimea', 'atacms', 'permitted', '2024-04-25-pentagon-crimea-safe-haven'],
  ['2024-05-20', 'kharkiv-sector', 'himars', 'prohibited', '2024-05-15-blinken-singh-no-change'],
  ['2024-05-30', 'kharkiv-sector', 'artillery', 'limited', '2024-05-30-kharkiv-counter-fire'],
  ['2024-06-01', 'kharkiv-sector', 'himars', 'limited', '2024-05-31-blinken-prague-confirms'],
  ['2024-06-01', 'kharkiv-sector', 'atacms', 'prohibited', '2024-05-30-kharkiv-counter-fire'],
  ['2024-06-01', 'border-zone', 'artillery', 'disputed', '2024-05-31-carpenter-counter-fire-scope'],
  ['2024-06-10', 'deep-russia', 'himars', 'prohibited', '2024-06-05-biden-not-200-miles'],
  ['2024-06-25', 'border-zone', 'himars', 'disputed', '2024-06-21-wapo-100-km-limit'],
  ['2024-07-15', 'crimea', 'atacms', 'permitted', '2024-07-02-ryder-crimea-long-range'],
  ['2024-07-15', 'deep-russia', 'atacms', 'prohibited', '2024-07-11-biden-nato-moscow'],
  ['2024-09-01', 'border-zone', 'himars', 'limited', '2024-08-08-kursk-consistent-with-policy'],
  ['2024-10-01', 'deep-russia', 'atacms', 'prohibited', '2024-09-13-biden-starmer-no-change'],
  ['2024-11-20', 'border-zone', 'atacms', 'limited', '2024-11-17-biden-authorizes-atacms-kursk'],
  ['2024-11-20', 'deep-russia', 'atacms', 'disputed', '2024-11-18-borrell-300-km'],
  ['2024-12-01', 'border-zone', 'atacms', 'limited', '2024-11-25-kirby-changed-guidance'],
  // 2025: Belgorod, the Pentagon review mechanism, the October dispute; Tomahawk never supplied.
  ['2025-02-01', 'kharkiv-sector', 'atacms', 'disputed', '2025-01-03-atacms-belgorod'],
  ['2025-03-05', 'ukraine', 'himars', 'permitted', '2022-05-31-biden-nyt-essay'],
  ['2025-06-01', 'border-zone', 'atacms', 'limited', '2025-05-pentagon-review-mechanism'],
  ['2025-06-01', 'deep-russia', 'atacms', 'limited', '2025-05-26-merz-no-range-restrictions'],
  ['2025-10-01', 'deep-russia', 'atacms', 'limited', '2025-09-28-kellogg-no-sanctuaries'],
  ['2025-11-01', 'deep-russia', 'atacms', 'disputed', '2025-10-22-wsj-loosening-trump-denies'],
  // The Kharkiv sector shares the October dispute (it was left out before data version 2026-12-01).
  ['2025-11-01', 'kharkiv-sector', 'atacms', 'disputed', '2025-10-22-wsj-loosening-trump-denies'],
  ['2025-12-01', 'deep-russia', 'long-range-other', 'not-supplied', '2025-10-12-tomahawk-withheld'],
  ['2025-12-01', 'border-zone', 'atacms', 'disputed', '2025-11-18-atacms-voronezh'],
  // 2025–2026 from the 2026 addendum: the Kharkiv correction, exhausted ATACMS stocks, carried-
  // forward 2024 rules, Tomahawk withheld on the record, the claimed HIMARS strike on Belgorod.
  ['2025-12-01', 'kharkiv-sector', 'atacms', 'disputed', '2025-11-18-atacms-voronezh'],
  ['2025-04-01', 'border-zone', 'atacms', 'limited', '2025-01-atacms-stocks-exhausted'],
  ['2025-06-01', 'deep-russia', 'aircraft-munitions', 'prohibited', '2025-05-pentagon-review-mechanism'],
  ['2025-06-01', 'kharkiv-sector', 'aircraft-munitions', 'prohibited', '2024-03-20-ryder-f16-within-borders'],
  ['2025-07-01', 'kharkiv-sector', 'himars', 'limited', '2025-05-pentagon-review-mechanism'],
  ['2025-07-01', 'border-zone', 'artillery', 'limited', '2024-08-08-kursk-consistent-with-policy'],
  ['2026-01-10', 'deep-russia', 'long-range-other', 'not-supplied', '2025-12-29-trump-tomahawks-withheld'],
  ['2026-02-01', 'kharkiv-sector', 'himars', 'limited', '2026-01-24-himars-belgorod-claim'],
  ['2026-02-01', 'kharkiv-sector', 'artillery', 'limited', '2024-05-31-blinken-prague-confirms'],
  ['2026-03-16', 'kharkiv-sector', 'atacms', 'disputed', '2025-10-22-wsj-loosening-trump-denies'],
  ['2026-03-16', 'border-zone', 'atacms', 'disputed', '2025-11-18-atacms-voronezh'],
  ['2026-03-16', 'border-zone', 'long-range-other', 'not-supplied', '2025-08-28-eram-sale-approved'],
  // 2026: the last reviewed state, carried past reviewedThrough.
  ['2026-06-01', 'kharkiv-sector', 'himars', 'limited', '2026-01-24-himars-belgorod-claim'],
  ['2026-01-10', 'border-zone', 'air-defense', 'permitted', '2024-06-04-kirby-never-a-restriction'],
  ['2026-06-01', 'deep-russia', 'atacms', 'disputed', '2025-10-22-wsj-loosening-trump-denies'],
  ['2026-11-22', 'kharkiv-sector', 'himars', 'limited', '2024-05-31-blinken-prague-confirms'],
];

describe('statuses over the timeline', () => {
  it('covers at least 25 dates from 2022 to 2026', () => {
    const dates = new Set(ROWS.map((r) => r[0]));
    expect(dates.size).toBeGreaterThanOrEqual(25);
    for (const year of ['2022', '2023', '2024', '2025', '2026'])
      expect([...dates].some((d) => d.startsWith(year))).toBe(true);
  });

  it.each(ROWS)('%s %s × %s is %s (because of %s)', (date, zone, weapon, status, event) => {
    expect(engine.eventById(event), `event ${event} exists`).toBeDefined();
    const cell = statusesOn(engine, date)[zone][weapon];
    expect(cell.status).toBe(status);
    const cited = [...cell.basis, ...(cell.readings ?? []).flatMap((r) => r.basis)];
    expect(cited).toContain(event);
  });
});
