import { DONOR_STATUS_IDS, type DonorStatusId } from '../../domain/donors';
import { STATUS_COLORS } from '../../map/palette';
import { isPatterned, patternDataUrl } from '../../map/patterns';
import { useMessages } from '../storeContext';
import { donorStatusLabel } from './statusWords';

/** A status's swatch, as on the small maps (pattern included), no-statement too. */
export function DonorSwatch({ status }: { status: DonorStatusId }) {
  const patterned = status !== 'no-statement' && isPatterned(status);
  return (
    <span
      className={`swatch swatch--${status}`}
      style={{
        backgroundColor: STATUS_COLORS[status],
        backgroundImage: patterned ? `url(${patternDataUrl(status)})` : undefined,
      }}
      data-status={status}
      aria-hidden="true"
    />
  );
}

/** Every colour of the small maps, "No public statement" included, in words. */
export function CompareLegend() {
  const { t } = useMessages();
  return (
    <section className="legend compare__legend" aria-labelledby="compare-legend-title">
      <h3 id="compare-legend-title" className="panel-title">
        {t.legendTitle}
      </h3>
      <ul className="legend__list">
        {DONOR_STATUS_IDS.map((status) => (
          <li key={status} className="legend__item" data-status={status}>
            <DonorSwatch status={status} />
            <span>
              <strong>{donorStatusLabel(t, status)}</strong>
              <span className="legend__explain"> {t.compare.explanations[status]}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
