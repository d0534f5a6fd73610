import { ZONE_IDS } from '../domain/ids';
import { currentEpoch, selectZoneStatuses } from '../store/selectors';
import { Swatch } from './Legend';
import { useApp, useMessages } from './storeContext';

/** Each zone's colour on the map, in words: the embed's text alternative when the map cannot draw. */
export function ZoneStatusList() {
  const { t, loc } = useMessages();
  const shown = useApp(selectZoneStatuses);
  const epoch = useApp(currentEpoch);
  const weapon = useApp((s) => s.weapon);
  if (!shown || !epoch) return null;
  return (
    <ul className="zone-status-list" data-testid="zone-status-list">
      {ZONE_IDS.map((zone) => {
        const condition = weapon === 'all' ? undefined : epoch.statuses[zone][weapon]?.condition;
        return (
          <li key={zone} data-zone={zone} data-status={shown[zone]}>
            <Swatch status={shown[zone]} /> <strong>{t.zones[zone]}</strong>: {t.statuses[shown[zone]]}
            {condition && <span lang={loc.langOf(condition)}> ({loc.text(condition)})</span>}
          </li>
        );
      })}
    </ul>
  );
}
