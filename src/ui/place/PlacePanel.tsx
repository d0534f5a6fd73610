// The place panel (issue #11): a lazily loaded chunk, so the first view does not grow. It follows
// the slider and the weapon filter through the store.

import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../i18n/locale';
import { placeFactsFor, type ResolvedPlace } from '../../app/placeQuery';
import { currentEpoch } from '../../store/selectors';
import { Icon, IconButton } from '../Icon';
import { SourceLink } from '../SourceLink';
import { useApp, useAppStore, useMessages } from '../storeContext';
import { PlaceFactsTable } from './PlaceFactsTable';
import { SiteDetails } from './SiteDetails';
import { usePlaceGeometry } from './usePlaceGeometry';

function PlaceSummary({ place }: { place: ResolvedPlace }) {
  const { t, lang, loc } = useMessages();
  const { facts, entry } = place;
  const km = facts.distanceToBorderKm;
  return (
    <>
      {entry?.site && (
        <p className="place-panel__kind">
          {t.siteKinds[entry.site.kind]} ·{' '}
          <span lang={loc.langOf(entry.site.region)}>{loc.text(entry.site.region)}</span>
        </p>
      )}
      <p className="place-panel__coords">{t.placeLatLng(place.lngLat[1], place.lngLat[0])}</p>
      <p className="place-panel__zone" data-testid="place-zone" data-zone={facts.zone ?? ''}>
        {facts.zone ? t.placeZone(t.zones[facts.zone]) : t.placeOutside}
      </p>
      <p
        className="place-panel__distance"
        data-testid="place-distance"
        data-km={km === null ? '' : km.toFixed(1)}
      >
        {km === null
          ? t.placeNoDistance
          : t.placeDistance(new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(km))}
      </p>
    </>
  );
}

function RangeSources({ place }: { place: ResolvedPlace }) {
  const { t, loc } = useMessages();
  const ranges = place.facts.classIds.flatMap((w) => (place.facts.ranges[w] ? [place.facts.ranges[w]] : []));
  if (ranges.length === 0) return null;
  return (
    <details className="place-panel__ranges">
      <summary>{t.placeRangeSources}</summary>
      {ranges.map((range) => (
        <div key={`${range.system}-${range.from}`}>
          <p lang={loc.langOf(range.system)}>{loc.text(range.system)}</p>
          <ul className="event-card__sources">
            {range.sources.map((s) => (
              <SourceLink key={s.url} source={s} />
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

export default function PlacePanel() {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const selection = useApp((s) => s.place);
  const epoch = useApp(currentEpoch);
  const date = useApp((s) => s.date);
  const reach = useApp((s) => s.reach);
  const { state, retry } = usePlaceGeometry();
  const [collapsed, setCollapsed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const place = useMemo(
    () =>
      selection && state.phase === 'ready'
        ? placeFactsFor(
            { ...store.getState(), place: selection, date, reach, lang },
            selection,
            state.geometry,
          )
        : null,
    // epoch stands for the date's statuses: recomputed when they or the place change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selection, state, epoch, date, reach, lang, store],
  );

  // A place picked from the list takes the focus to its panel; a map click leaves it on the map
  // (the zone detail opened by the same click takes it, as before).
  useEffect(() => {
    if (selection && 'id' in selection) heading.current?.focus({ preventScroll: true });
  }, [selection]);

  if (!selection) return null;
  const name = place?.entry?.name ?? (place ? t.placeLatLng(place.lngLat[1], place.lngLat[0]) : '');
  return (
    <section
      className={`place-panel${collapsed ? ' place-panel--collapsed' : ''}`}
      aria-labelledby="place-panel-title"
      data-testid="place-panel"
    >
      <div className="place-panel__head">
        <h2 id="place-panel-title" className="panel-title" tabIndex={-1} ref={heading}>
          {name ? t.placeTitle(name, formatDate(date, lang)) : t.placeLoading}
        </h2>
        <button
          type="button"
          className="icon-button place-panel__toggle"
          aria-expanded={!collapsed}
          aria-controls="place-panel-body"
          onClick={() => setCollapsed((c) => !c)}
          aria-label={collapsed ? t.placeExpand : t.placeCollapse}
          title={collapsed ? t.placeExpand : t.placeCollapse}
        >
          <Icon name={collapsed ? 'chevron-up' : 'chevron-down'} />
        </button>
        <IconButton icon="close" label={t.placeClose} onClick={() => store.getState().selectPlace(null)} />
      </div>
      <div id="place-panel-body" className="place-panel__body">
        {state.phase === 'loading' && <p role="status">{t.placeLoading}</p>}
        {state.phase === 'failed' && (
          <p role="alert">
            {t.placeFailed}{' '}
            <button type="button" className="button" onClick={retry}>
              {t.placeRetry}
            </button>
          </p>
        )}
        {place && (
          <>
            <PlaceSummary place={place} />
            <PlaceFactsTable facts={place.facts} ranges={reach?.ranges ?? null} />
            <p className="place-panel__note">{t.placeBestCase}</p>
            <RangeSources place={place} />
            {place.entry?.site && <SiteDetails site={place.entry.site} />}
          </>
        )}
      </div>
    </section>
  );
}
