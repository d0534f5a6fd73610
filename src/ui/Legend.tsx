import { useMemo } from 'react';
import { STATUS_IDS, type StatusId } from '../domain/ids';
import { STATUS_COLORS } from '../map/palette';
import { isPatterned, patternDataUrl } from '../map/patterns';
import { useApp, useMessages } from './storeContext';
import { ReachLegend } from './place/ReachLegend';

export function Swatch({ status }: { status: StatusId }) {
  const backgroundImage = useMemo(
    () => (isPatterned(status) ? `url(${patternDataUrl(status)})` : undefined),
    [status],
  );
  return (
    <span
      className={`swatch swatch--${status}`}
      style={{ backgroundImage, backgroundColor: STATUS_COLORS[status] }}
      data-status={status}
      aria-hidden="true"
    />
  );
}

/** Explains every colour the map can show, in the terms of the current weapon filter. */
export function Legend({ compact = false }: { compact?: boolean }) {
  const { t } = useMessages();
  const weapon = useApp((s) => s.weapon);
  const explanations = weapon === 'all' ? t.summaryExplanations : t.statusExplanations;
  return (
    <section className={`legend${compact ? ' legend--compact' : ''}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className={compact ? 'visually-hidden' : 'panel-title'}>
        {t.legendTitle}
      </h2>
      {!compact && (
        <p className="legend__intro">
          {weapon === 'all' ? t.legendAllWeapons : t.legendOneWeapon(t.weapons[weapon])}
        </p>
      )}
      <ul className="legend__list">
        {STATUS_IDS.map((status) => (
          <li key={status} className="legend__item" data-status={status}>
            <Swatch status={status} />
            <span>
              <strong>{t.statuses[status]}</strong>
              {compact ? (
                <span className="visually-hidden">: {explanations[status]}</span>
              ) : (
                <span className="legend__explain"> {explanations[status]}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {!compact && <p className="legend__outlines">{t.legendOutlines}</p>}
      {!compact && <ReachLegend />}
    </section>
  );
}
