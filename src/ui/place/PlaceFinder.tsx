import { useId, useMemo, useState } from 'react';
import './place.css';
import { listPlaces, type PlaceEntry } from '../../app/placeCatalogue';
import { useApp, useAppStore, useMessages } from '../storeContext';

const MAX_SHOWN = 40;

/** Lowercase, without accents, so "kursk" finds "Kursk" and "харків" finds "Харків". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function PlaceGroup({ title, places }: { title: string; places: PlaceEntry[] }) {
  const store = useAppStore();
  const selected = useApp((s) => (s.place && 'id' in s.place ? s.place.id : null));
  const headingId = useId();
  if (places.length === 0) return null;
  return (
    <div className="place-finder__group">
      <h3 id={headingId}>{title}</h3>
      <ul aria-labelledby={headingId}>
        {places.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="place-finder__item"
              aria-pressed={selected === p.id}
              data-place={p.id}
              onClick={() => store.getState().selectPlace({ id: p.id })}
            >
              {p.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The keyboard route to the place panel: every listed site and city, filtered by what is typed. */
export function PlaceFinder() {
  const { t, lang } = useMessages();
  const store = useAppStore();
  const reach = useApp((s) => s.reach);
  const reachFailed = useApp((s) => s.reachFailed);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const places = useMemo(() => listPlaces(reach, lang), [reach, lang]);
  const q = fold(query.trim());
  const matches = q ? places.filter((p) => fold(p.name).includes(q) || p.id.includes(q)) : places;
  const shown = matches.slice(0, MAX_SHOWN);
  return (
    <section className="place-finder" aria-labelledby="place-finder-title">
      <h2 id="place-finder-title" className="panel-title">
        {t.placeFinderTitle}
      </h2>
      <label htmlFor={inputId} className="place-finder__label">
        {t.placeFinderLabel}
      </label>
      <input
        id={inputId}
        type="search"
        className="place-finder__input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        // The sites load after the first view; a reader who turns to the finder needs them now.
        onFocus={() => store.getState().requestReach()}
        aria-describedby={`${inputId}-hint`}
        autoComplete="off"
        data-testid="place-search"
      />
      <p id={`${inputId}-hint`} className="place-finder__hint">
        {t.placeFinderHint}
      </p>
      <p className="place-finder__status" role="status">
        {!reach && (reachFailed ? t.placeFinderSitesFailed : t.placeFinderLoadingSites)}
      </p>
      <div className="place-finder__results">
        {shown.length === 0 && reach && <p>{t.placeFinderNoMatch}</p>}
        <PlaceGroup title={t.placeFinderSites} places={shown.filter((p) => p.site)} />
        <PlaceGroup title={t.placeFinderCities} places={shown.filter((p) => !p.site)} />
      </div>
    </section>
  );
}
