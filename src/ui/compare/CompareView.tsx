import './compare.css';
import type { ReactNode } from 'react';
import { formatDate } from '../../i18n/locale';
import { useApp, useAppStore, useMessages } from '../storeContext';
import { CompareLegend } from './CompareLegend';
import { CompareMap } from './CompareMap';
import { CompareTable } from './CompareTable';
import { GroupSelect } from './GroupSelect';

/**
 * The donor comparison (`?compare=`): small multiples at one date, one per donor, the timeline
 * (passed in as `controls`) driving all of them, a legend and the donors × zones table.
 */
export function CompareView({
  controls,
  variant = 'app',
}: {
  controls?: ReactNode;
  variant?: 'app' | 'embed';
}) {
  const { t, lang } = useMessages();
  const store = useAppStore();
  const donors = useApp((s) => s.compare) ?? [];
  const date = useApp((s) => s.date);
  return (
    <section
      className={`compare compare--${variant}`}
      aria-labelledby="compare-title"
      data-testid="compare-view"
    >
      <div className="compare__head">
        <h2 id="compare-title" className="compare__title">
          {t.compare.heading(formatDate(date, lang))}
        </h2>
        {variant === 'app' && (
          <button
            type="button"
            className="button"
            onClick={() => store.getState().setCompare(null)}
            data-testid="compare-back"
          >
            {t.compare.back}
          </button>
        )}
      </div>
      {variant === 'app' && <p className="compare__intro">{t.compare.intro}</p>}
      <GroupSelect />
      {controls}
      <ul className="compare__grid" aria-label={t.compare.mapsLabel} data-count={donors.length}>
        {donors.map((donor) => (
          <li key={donor} className="compare__cell">
            <CompareMap donor={donor} />
          </li>
        ))}
      </ul>
      <CompareLegend />
      <p className="compare__dependency">{t.compare.dependency}</p>
      {variant === 'app' && <CompareTable donors={donors} />}
    </section>
  );
}
