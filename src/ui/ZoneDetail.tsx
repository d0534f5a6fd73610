import { useEffect, useRef } from 'react';
import type { ClassId, ZoneId } from '../domain/ids';
import { cellOf, type DatasetCell } from '../domain/dataset';
import type { Engine } from '../store/appStore';
import { formatDate, formatNumber, pluralCategory } from '../i18n/locale';
import { currentEpoch } from '../store/selectors';
import { EventCard } from './EventCard';
import { Swatch } from './Legend';
import { useApp, useAppStore, useMessages } from './storeContext';
import { IconButton } from './Icon';

/** For the selected zone and date: each weapon's status, since when, the condition, and why. */
export function ZoneDetail() {
  const store = useAppStore();
  const { t } = useMessages();
  const zone = useApp((s) => s.zone);
  const engine = useApp((s) => s.engine);
  const epoch = useApp(currentEpoch);
  const weaponFilter = useApp((s) => s.weapon);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (zone) heading.current?.focus({ preventScroll: false });
  }, [zone]);

  if (!zone || !epoch || !engine) return null;
  const cells = epoch.statuses[zone];
  return (
    <section
      className="zone-detail"
      id="zone-detail"
      aria-labelledby="zone-detail-title"
      data-testid="zone-detail"
    >
      <div className="zone-detail__head">
        <h2 id="zone-detail-title" className="panel-title" tabIndex={-1} ref={heading}>
          <DetailTitle zone={zone} />
        </h2>
        <IconButton icon="close" label={t.detailClose} onClick={() => store.getState().selectZone(null)} />
      </div>
      <p className="zone-detail__description">{t.zoneDescriptions[zone]}</p>
      <ul className="zone-detail__weapons">
        {engine.classIds.map((weapon) => (
          <WeaponStatus
            key={weapon}
            weapon={weapon}
            cell={cellOf(cells, weapon)}
            open={weaponFilter === weapon}
            engine={engine}
          />
        ))}
      </ul>
    </section>
  );
}

/** One weapon in the zone: its status, since when and on what condition; opened, the note and why. */
function WeaponStatus({
  weapon,
  cell,
  open,
  engine,
}: {
  weapon: ClassId;
  cell: DatasetCell;
  open: boolean;
  engine: Engine;
}) {
  const { t, lang, loc } = useMessages();
  return (
    <li className="weapon-status" data-weapon={weapon} data-status={cell.status}>
      <details open={open || undefined}>
        <summary>
          <Swatch status={cell.status} />
          <span className="weapon-status__name">{t.weapons[weapon]}</span>
          <span className="weapon-status__status">
            {t.statuses[cell.status]}
            {cell.condition && <span lang={loc.langOf(cell.condition)}> ({loc.text(cell.condition)})</span>}
          </span>
          <span className="weapon-status__since">{t.detailSince(formatDate(cell.since, lang, 'short'))}</span>
        </summary>
        {cell.note && (
          <p className="weapon-status__note" lang={loc.langOf(cell.note)}>
            {loc.text(cell.note)}
          </p>
        )}
        <Readings cell={cell} />
        <Basis cell={cell} engine={engine} />
      </details>
    </li>
  );
}

/** For a disputed status: the competing readings. */
function Readings({ cell }: { cell: DatasetCell }) {
  const { t, loc } = useMessages();
  if (!cell.readings || cell.readings.length === 0) return null;
  return (
    <div className="weapon-status__readings">
      <h3>{t.detailReadings}</h3>
      <ul>
        {cell.readings.map((reading) => (
          <li key={reading.reading} lang={loc.langOf(reading.reading)}>
            {loc.text(reading.reading)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The events the status rests on. */
function Basis({ cell, engine }: { cell: DatasetCell; engine: Engine }) {
  const { t, lang } = useMessages();
  const count = cell.basis.length;
  return (
    <>
      <h3 className="weapon-status__why">
        {t.detailBasis}
        {count > 0 && (
          <span className="weapon-status__count">
            {' · '}
            {t.detailEventCount(formatNumber(count, lang), pluralCategory(count, lang))}
          </span>
        )}
      </h3>
      {count === 0 && <p>{t.detailNoEvents}</p>}
      {cell.basis.map((id) => {
        const event = engine.eventById(id);
        return event ? <EventCard key={id} event={event} /> : null;
      })}
    </>
  );
}

/** The heading names the date, so it alone re-renders on every slider tick. */
function DetailTitle({ zone }: { zone: ZoneId }) {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  return <>{t.detailTitle(t.zones[zone], formatDate(date, lang))}</>;
}
