import { ZONE_IDS } from '../domain/ids';
import { selectZoneStatuses } from '../store/selectors';
import { Swatch } from './Legend';
import { useApp, useAppStore, useMessages, useSettled } from './storeContext';

/** The keyboard route to a zone's details, and the legend of zone names; statuses follow the slider at rest. */
export function ZoneList() {
  const store = useAppStore();
  const { t } = useMessages();
  const statuses = useSettled(selectZoneStatuses);
  const selected = useApp((s) => s.zone);
  return (
    <section className="zone-list" aria-labelledby="zone-list-title">
      <h2 id="zone-list-title" className="panel-title">
        {t.zoneListTitle}
      </h2>
      <p className="zone-list__hint">{t.zoneListHint}</p>
      <ul>
        {ZONE_IDS.map((zone) => {
          const status = statuses?.[zone];
          return (
            <li key={zone}>
              <button
                type="button"
                className="zone-button"
                aria-pressed={selected === zone}
                onClick={() => store.getState().selectZone(selected === zone ? null : zone)}
                data-zone={zone}
              >
                {status && <Swatch status={status} />}
                <span className="zone-button__name">{t.zones[zone]}</span>
                {status && <span className="zone-button__status">{t.statuses[status]}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
