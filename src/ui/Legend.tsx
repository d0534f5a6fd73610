import { useMemo } from 'react';
import type { ShownStatusId } from '../domain/ids';
import { statusesOf } from '../domain/donors';
import { useDonorTexts } from './useDonorTexts';
import { STATUS_COLORS } from '../map/palette';
import { isPatterned, patternDataUrl } from '../map/patterns';
import { useApp, useMessages } from './storeContext';
import { ReachLegend } from './place/ReachLegend';

export function Swatch({ status }: { status: ShownStatusId }) {
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
  const donor = useApp((s) => s.donor);
  const texts = useDonorTexts();
  const explanations = weapon === 'all' ? texts.summaryExplanations : texts.statusExplanations;
  return (
    <section className={`legend${compact ? ' legend--compact' : ''}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className={compact ? 'visually-hidden' : 'panel-title'}>
        {t.legendTitle}
      </h2>
      {!compact && (
        <p className="legend__intro">
          {weapon === 'all' ? texts.legendAllWeapons : t.legendOneWeapon(t.weapons[weapon])}
        </p>
      )}
      <ul className="legend__list">
        {statusesOf(donor).map((status) => (
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
