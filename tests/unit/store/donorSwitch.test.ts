import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../scripts/data/load-dataset';
import { loadDonors } from '../../../scripts/data/load-donors';
import type { Dataset } from '../../../src/domain/dataset';
import { createEngine } from '../../../src/domain/engine';
import { summarizeZone } from '../../../src/domain/summary';
import { loadDonorDataset } from '../../../src/data/loadDonor';
import { UnknownVersionError, type VersionsIndex } from '../../../src/data/loadPermissions';
import { createAppStore } from '../../../src/store/appStore';
import { selectSentence, selectVisibleStatuses, selectPolicyEvents } from '../../../src/store/selectors';
import { buildQuery, parseUrlState } from '../../../src/url/params';
import { urlStateOf } from '../../../src/url/links';
import { realDataset } from '../../support/dataset';
import { TODAY } from '../../support/today';

// The donor switch (issue #15): the engine, summary and sentence on a donor's dataset, the
// loader's checks, the store's setDonor and the `donor` URL parameter.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const result = loadDonors(join(ROOT, 'data', 'donors'), join(ROOT, 'data', 'permissions'), { today: TODAY });
if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
/** A donor's file as the app fetches it (JSON, so no object identity is shared with the loader). */
const donorFile = (id: string): Dataset =>
  JSON.parse(JSON.stringify(result.donors.find((d) => d.dataset.donor.id === id)!.dataset)) as Dataset;
const us = realDataset();

describe('the engine on a donor dataset', () => {
  const engine = createEngine(donorFile('de'));

  it("iterates the donor's own classes", () => {
    expect(engine.classIds).toEqual(['ground', 'cruise-missile', 'air-defense']);
  });

  it('reads Germany: no statement on Crimea, the Kharkiv decision of 31 May 2024', () => {
    expect(engine.levelsAt('2024-06-10', 'all').crimea).toBe('no-statement');
    expect(engine.levelsAt('2024-05-30', 'ground')['kharkiv-sector']).toBe('prohibited');
    expect(engine.levelsAt('2024-06-10', 'ground')['kharkiv-sector']).toBe('limited');
    expect(engine.nextChange('2024-05-30', { weapons: ['ground'], zones: ['kharkiv-sector'] })).toBe(
      '2024-05-31',
    );
  });
});

describe('the summary with no-statement', () => {
  const weapons = [
    { id: 'ground', inSummary: true },
    { id: 'air-defense', inSummary: true },
  ] as const;
  const zone = (ground: string, air: string) =>
    summarizeZone({ ground: { status: ground }, 'air-defense': { status: air } } as never, weapons);

  it('is no-statement when every considered class is', () => {
    expect(zone('no-statement', 'no-statement')).toBe('no-statement');
    expect(zone('no-statement', 'not-supplied')).toBe('no-statement');
  });

  it('never reads silence as a permission or a ban', () => {
    expect(zone('permitted', 'no-statement')).toBe('limited');
    expect(zone('prohibited', 'no-statement')).toBe('prohibited');
    expect(zone('no-policy', 'no-statement')).toBe('no-statement');
    expect(zone('permitted', 'permitted')).toBe('permitted');
  });
});

describe('loadDonorDataset', () => {
  const fetchOf = (body: unknown) =>
    (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
  const resolve = (p: string) => `https://example.test/${p}`;

  it("fetches a donor's file and checks it", async () => {
    const data = await loadDonorDataset(resolve, 'de', {}, { fetchImpl: fetchOf(donorFile('de')) });
    expect(data.donor?.id).toBe('de');
  });

  it('uses permissions.json for the US', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(us), { status: 200 });
    }) as unknown as typeof fetch;
    await loadDonorDataset(resolve, 'us', {}, { fetchImpl });
    expect(urls).toEqual(['https://example.test/data/permissions.json']);
  });

  it('refuses a file with a missing cell, or another donor’s file', async () => {
    const broken = donorFile('de') as unknown as { epochs: { statuses: Record<string, object> }[] };
    delete (broken.epochs[1]!.statuses['crimea'] as Record<string, unknown>)['ground'];
    await expect(loadDonorDataset(resolve, 'de', {}, { fetchImpl: fetchOf(broken) })).rejects.toThrow(
      /not a valid donor dataset: .*crimea × ground/,
    );
    await expect(
      loadDonorDataset(resolve, 'gb', {}, { fetchImpl: fetchOf(donorFile('de')) }),
    ).rejects.toThrow(/dataset of de/);
  });

  describe('a pinned view', () => {
    const index: VersionsIndex = {
      current: '2026-12-02',
      versions: [
        { version: '2026-11-22', reviewedThrough: '2026-01-14', json: 'a.json', csv: 'a.csv', changes: [] },
        {
          version: '2026-12-02',
          reviewedThrough: '2026-03-16',
          json: 'b.json',
          csv: 'b.csv',
          changes: [],
          donors: { de: 'data/versions/2026-12-02/donors/de.json' },
        },
      ],
    };
    const recording = (urls: string[]) =>
      (async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify(donorFile('de')), { status: 200 });
      }) as unknown as typeof fetch;

    /** Loads Germany for a view pinned to `version`: the URLs fetched, the versions said unversioned. */
    async function loadPinned(version: string) {
      const urls: string[] = [];
      const unversioned: string[] = [];
      const source = {
        pinnedVersion: version,
        versions: Promise.resolve(index),
        onUnversioned: (v: string) => unversioned.push(v),
      };
      await loadDonorDataset(resolve, 'de', source, { fetchImpl: recording(urls) });
      return { urls, unversioned };
    }

    it("takes the donor's file of its version", async () => {
      const { urls, unversioned } = await loadPinned('2026-12-02');
      expect(urls).toEqual(['https://example.test/data/versions/2026-12-02/donors/de.json']);
      expect(unversioned).toEqual([]);
    });

    it('in a version from before the donors were versioned, the current file, and says so', async () => {
      const { urls, unversioned } = await loadPinned('2026-11-22');
      expect(urls).toEqual(['https://example.test/data/donors/de.json']);
      expect(unversioned).toEqual(['2026-11-22']);
    });

    it('refuses a version that is not published, and a donor its version lacks', async () => {
      const fetchImpl = recording([]);
      await expect(
        loadDonorDataset(
          resolve,
          'de',
          { pinnedVersion: '2020-01-01', versions: Promise.resolve(index) },
          { fetchImpl },
        ),
      ).rejects.toBeInstanceOf(UnknownVersionError);
      await expect(
        loadDonorDataset(
          resolve,
          'fr',
          { pinnedVersion: '2026-12-02', versions: Promise.resolve(index) },
          { fetchImpl },
        ),
      ).rejects.toThrow('data version 2026-12-02 has no file for donor “fr”');
    });
  });

  it('says when the server does not answer', async () => {
    const fetchImpl = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    await expect(loadDonorDataset(resolve, 'fr', {}, { fetchImpl })).rejects.toThrow(
      'https://example.test/data/donors/fr.json answered 404',
    );
  });
});

describe('setDonor', () => {
  function readyStore(weapon: 'all' | 'atacms' = 'all') {
    const store = createAppStore({ today: TODAY, date: '2024-06-10', weapon });
    store.getState().dataLoaded(us);
    return store;
  }

  it('loads the donor, swaps the engine and keeps the date', async () => {
    const store = readyStore();
    let release: (d: Dataset) => void = () => {};
    store.getState().setDonorLoader((id) => {
      expect(id).toBe('de');
      return new Promise((r) => (release = r));
    });
    const switching = store.getState().setDonor('de');
    // While it loads, the US map stays.
    expect(store.getState().donorRequest).toEqual({ id: 'de', state: 'loading' });
    expect(store.getState().donor).toBe('us');
    release(donorFile('de'));
    await switching;
    const s = store.getState();
    expect(s.donor).toBe('de');
    expect(s.donorRequest).toBeNull();
    expect(s.date).toBe('2024-06-10');
    expect(selectVisibleStatuses(s).shown?.crimea).toBe('no-statement');
    expect(Object.keys(selectVisibleStatuses(s).statuses!.crimea)).toEqual([
      'ground',
      'cruise-missile',
      'air-defense',
    ]);
    expect(selectSentence(s)).toContain('no public statement by Germany');
    expect(selectPolicyEvents(s).some((e) => e.id === '2024-05-31-germany-adjacent-positions')).toBe(true);
    expect(urlStateOf(s).donor).toBe('de');
  });

  it('falls back to all weapons, with a note, for a class the donor does not have', async () => {
    const store = readyStore('atacms');
    store.getState().setDonorLoader(async () => donorFile('de'));
    await store.getState().setDonor('de');
    expect(store.getState().weapon).toBe('all');
    expect(store.getState().notes.map((n) => n.reason)).toEqual(['donorClass']);
    store.getState().setWeapon('atacms');
    expect(store.getState().weapon).toBe('all');
    store.getState().setWeapon('ground');
    expect(store.getState().weapon).toBe('ground');
  });

  it('on failure keeps the map, says why and retries', async () => {
    const store = readyStore();
    let fail = true;
    store.getState().setDonorLoader(async () => {
      if (fail) throw new Error('data/donors/gb.json could not be reached (are you offline?)');
      return donorFile('gb');
    });
    await store.getState().setDonor('gb');
    expect(store.getState().donor).toBe('us');
    expect(store.getState().engine!.classIds).toContain('atacms');
    expect(store.getState().donorRequest).toMatchObject({ id: 'gb', state: 'error', message: /offline/ });
    fail = false;
    await store.getState().setDonor('gb');
    expect(store.getState().donor).toBe('gb');
    expect(store.getState().donorRequest).toBeNull();
  });

  it('drops an answer that arrives after a later switch', async () => {
    const store = readyStore();
    const pending: Record<string, (d: Dataset) => void> = {};
    store.getState().setDonorLoader((id) => new Promise((r) => (pending[id] = r)));
    const first = store.getState().setDonor('de');
    const second = store.getState().setDonor('fr');
    pending['fr']!(donorFile('fr'));
    await second;
    pending['de']!(donorFile('de'));
    await first;
    expect(store.getState().donor).toBe('fr');
  });
});

describe('the donor URL parameter', () => {
  const ctx = { today: TODAY, page: 'app' as const };

  it('reads a donor id and a donor class', () => {
    const { state, problems } = parseUrlState('?donor=de&weapon=ground', ctx);
    expect(state.donor).toBe('de');
    expect(state.weapon).toBe('ground');
    expect(problems).toEqual([]);
  });

  it('refuses an unknown donor with a note (the page then shows the US)', () => {
    const { state, problems, fixes } = parseUrlState('?donor=uk', ctx);
    expect(state.donor).toBeUndefined();
    expect(problems).toEqual([{ param: 'donor', value: 'uk', reason: 'donor' }]);
    expect(fixes.get('donor')).toBeNull();
  });

  it('is written for a donor and left out for the US', () => {
    const base = {
      date: '2024-06-10',
      weapon: 'all' as const,
      zone: null,
      lang: 'en' as const,
      theme: 'auto' as const,
    };
    expect(
      buildQuery(urlStateOf({ ...base, donor: 'gb' }), { weapon: 'all', lang: 'en', theme: 'auto' }),
    ).toBe('?date=2024-06-10&donor=gb');
    expect(
      buildQuery(urlStateOf({ ...base, donor: 'us' }), { weapon: 'all', lang: 'en', theme: 'auto' }),
    ).toBe('?date=2024-06-10');
  });
});

describe('the embed builder and the donor', () => {
  it('carries the donor in the embed parameters, except the US', async () => {
    const { embedParams, initialEmbedOptions } = await import('../../../src/ui/share/embedOptions');
    expect(embedParams(initialEmbedOptions('all', 'en', null, 'de'), '2024-06-10', null).donor).toBe('de');
    expect(
      embedParams(initialEmbedOptions('all', 'en', null, 'us'), '2024-06-10', null).donor,
    ).toBeUndefined();
  });
});
