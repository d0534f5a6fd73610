import { describe, expect, it } from 'vitest';
import { errorsOf, loadFixture } from './fixtures';

// Every failure mode of `npm run check:data`, on small fixtures: each error must name the file,
// the record (event id, or transition number and date) and the field.

describe('loadDataset: the valid base fixture', () => {
  it('loads and builds epochs', () => {
    const result = loadFixture('base');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stats).toEqual({ events: 2, usEvents: 2, sources: 2, transitions: 4, epochs: 3 });
    expect(result.dataset.epochs.map((e) => [e.from, e.to])).toEqual([
      ['2022-02-24', '2022-05-31'],
      ['2022-06-01', '2023-10-16'],
      ['2023-10-17', '2024-12-31'],
    ]);
  });

  it('carries the condition into the cells, keys in a fixed order', () => {
    const result = loadFixture('base');
    if (!result.ok) throw new Error('base fixture is invalid');
    const cell = result.dataset.epochs.at(-1)!.statuses['border-zone'].atacms;
    expect(cell).toMatchObject({ status: 'disputed', condition: 'scope disputed' });
    expect(Object.keys(cell)).toEqual(['status', 'condition', 'basis', 'since', 'readings']);
    expect(result.transitions[3]).toMatchObject({ status: 'disputed', condition: 'scope disputed' });
    expect(result.dataset.epochs.at(-1)!.statuses['border-zone'].himars).not.toHaveProperty('condition');
  });
});

describe('loadDataset: failures name the record and field', () => {
  it('a missing source (empty list, or no sources at all)', () => {
    const { lines } = errorsOf('missing-source');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^events\/events\.yaml:\d+: event "2022-06-01-first-event": sources: every event needs at least one source$/,
    );
    expect(lines[1]).toMatch(/event "2023-10-17-second-event": sources: sources is required/);
  });

  it('a malformed URL', () => {
    const { lines } = errorsOf('malformed-url');
    expect(lines).toEqual([
      expect.stringMatching(
        /^events\/events\.yaml:15: event "2022-06-01-first-event": sources\[0\]\.url: malformed URL "htps\/\/news\.example\.com\/story"/,
      ),
    ]);
  });

  it('dates outside 2022-02-24 … today', () => {
    const { lines } = errorsOf('date-out-of-range');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /event "2022-06-01-first-event": date: date 2021-12-31 is outside 2022-02-24 … 2026-11-22/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /event "2023-10-17-second-event": sources\[0\]\.published: date 2027-01-05 is outside 2022-02-24 … 2026-11-22/,
      ),
    );
  });

  it('unknown weapon and region ids in events', () => {
    const { lines } = errorsOf('unknown-ids');
    expect(lines).toContainEqual(
      expect.stringMatching(/event "2022-06-01-first-event": weapons\[1\]: unknown weapon id "tomahawks"/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/event "2023-10-17-second-event": regions\[0\]: unknown region id "kursk"/),
    );
  });

  it('unknown zone and weapon ids in transitions', () => {
    const { lines } = errorsOf('unknown-zone');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #3 \(from 2022-06-01\): zones\[0\]: unknown zone id "moscow"/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/transition #3 \(from 2022-06-01\): weapons\[1\]: unknown weapon id "tomahawk"/),
    );
  });

  it('a transition without a basis event, or naming an unknown one', () => {
    const { lines } = errorsOf('transition-without-basis');
    expect(lines).toContainEqual(
      expect.stringMatching(/transition #2 \(from 2022-02-24\): basis: basis must name at least 1 event/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/transition #3 \(from 2022-06-01\): basis: basis is required/),
    );
    // Unknown events are a cross-check, reported once the shapes are valid: see the next case.
  });

  it('a basis naming an unknown event', () => {
    const { lines } = errorsOf('unknown-basis-event');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #3 \(from 2022-07-01\): basis\[1\]: unknown event "2022-07-01-no-such-event"/,
      ),
    ]);
  });

  it('two contradictory transitions for the same zone, weapon and day', () => {
    const { lines } = errorsOf('contradictory-transitions');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #4 \(from 2022-06-01\): contradicts transition #3 \(from 2022-06-01\) for border-zone × himars on 2022-06-01 \(prohibited vs permitted\)/,
      ),
    ]);
  });

  it('a disputed status needs two readings; readings only on disputed', () => {
    const { lines } = errorsOf('disputed-without-readings');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /transition #3 \(from 2022-06-01\): readings: a disputed status needs at least two readings/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /transition #4 \(from 2022-06-01\): readings: readings are only for status disputed/,
      ),
    );
  });

  it('a limited or disputed status needs a condition (optional otherwise)', () => {
    const { lines } = errorsOf('missing-condition');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #3 \(from 2022-06-01\): condition: a limited status needs a condition: a short label/,
      ),
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #4 \(from 2022-06-01\): condition: a disputed status needs a condition: a short label/,
      ),
    ]);
  });

  it('a condition may not be empty, longer than 40 characters or quoted', () => {
    const { lines } = errorsOf('condition-shape');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #3 \(from 2022-06-01\): condition: condition must not be empty$/,
      ),
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #4 \(from 2022-06-01\): condition: condition must be at most 40 characters \(this one has 61\)/,
      ),
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #5 \(from 2022-06-01\): condition: condition must be in our own words, without quotation marks/,
      ),
    ]);
  });

  it('two transitions for the same zone, weapon and day that differ only in condition', () => {
    const { lines } = errorsOf('contradictory-conditions');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #4 \(from 2022-06-01\): contradicts transition #3 \(from 2022-06-01\) for kharkiv-sector × himars on 2022-06-01 \(condition "counter-fire only" vs "case by case"\)/,
      ),
    ]);
  });

  it('every zone × weapon needs a status on the first day; no transition after reviewedThrough', () => {
    const { lines } = errorsOf('missing-first-day');
    expect(lines).toContainEqual(
      expect.stringMatching(/no transition from 2022-02-24 gives a status for deep-russia × himars/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /transition #3 \(from 2025-06-01\): from: date 2025-06-01 is after reviewedThrough \(2024-12-31\)/,
      ),
    );
  });

  it('a misspelt field name', () => {
    const { lines } = errorsOf('unknown-field');
    expect(lines).toEqual([
      expect.stringMatching(/event "2022-06-01-first-event": unknown field "soruces" \(check the spelling\)/),
    ]);
  });

  it('state-affiliated outlets must be flagged; do-not-cite URLs are refused', () => {
    const { lines } = errorsOf('source-flags');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /event "2022-06-01-first-event": sources\[0\]\.url: .* is on the do-not-cite list/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /event "2023-10-17-second-event": sources\[0\]\.stateAffiliated: tass\.com is listed as state-affiliated/,
      ),
    );
  });

  it('duplicate event ids', () => {
    const { lines } = errorsOf('duplicate-event');
    expect(lines).toContainEqual(
      expect.stringMatching(/event "2022-06-01-first-event": id: duplicate event id/),
    );
  });

  it('YAML syntax errors give the file and line', () => {
    const { lines } = errorsOf('yaml-syntax');
    expect(lines[0]).toMatch(/^transitions\.yaml:\d+: YAML syntax: /);
  });
});
