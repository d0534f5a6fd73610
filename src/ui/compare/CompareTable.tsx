import { memo, useMemo } from 'react';
import { cellBasis, epochOf, groupLevels, type CellBasis, type CompareDataset } from '../../domain/compare';
import type { DonorId } from '../../domain/donors';
import { POLICY_ZONE_IDS, type ZoneId } from '../../domain/ids';
import { formatDate } from '../../i18n/locale';
import { EventCard } from '../EventCard';
import { useApp, useMessages } from '../storeContext';
import { donorStatusLabel } from './statusWords';

/** Donors × policy zones for the chosen group: each cell's status in words, and its sources. */
export function CompareTable({ donors }: { donors: readonly DonorId[] }) {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const group = useApp((s) => s.group);
  return (
    <section className="status-table compare__table" aria-labelledby="compare-table-title">
      <h3 id="compare-table-title" className="panel-title">
        {t.compare.tableTitle}
      </h3>
      <div className="status-table__scroll" tabIndex={0} role="group" aria-labelledby="compare-table-title">
        <table data-testid="compare-table">
          <caption>{t.compare.tableCaption(t.compare.groups[group], formatDate(date, lang))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.compare.tableDonor}</th>
              {POLICY_ZONE_IDS.map((zone) => (
                <th key={zone} scope="col">
                  {t.zones[zone]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {donors.map((donor) => (
              <DonorRow key={donor} donor={donor} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DonorRow({ donor }: { donor: DonorId }) {
  const { t } = useMessages();
  const load = useApp((s) => s.compareData[donor]);
  const name = t.donor.names[donor];
  return (
    <tr data-donor={donor}>
      <th scope="row">{name}</th>
      {load?.state === 'ready' ? (
        <ReadyCells dataset={load.dataset} />
      ) : (
        <td colSpan={POLICY_ZONE_IDS.length}>
          {load?.state === 'error' ? t.compare.donorFailed(load.message) : t.compare.loadingDonor}
        </td>
      )}
    </tr>
  );
}

function ReadyCells({ dataset }: { dataset: CompareDataset }) {
  const date = useApp((s) => s.date);
  const group = useApp((s) => s.group);
  const from = epochOf(dataset, date).from;
  const levels = useMemo(() => groupLevels(dataset, from, group), [dataset, from, group]);
  return (
    <>
      {POLICY_ZONE_IDS.map((zone) => (
        <ZoneCell key={zone} dataset={dataset} zone={zone} status={levels[zone]} from={from} />
      ))}
    </>
  );
}

// Memoised: the row re-renders on every slider tick, a cell only when its epoch or group changes.
const ZoneCell = memo(function ZoneCell({
  dataset,
  zone,
  status,
  from,
}: {
  dataset: CompareDataset;
  zone: ZoneId;
  status: ReturnType<typeof groupLevels>[ZoneId];
  from: string;
}) {
  const { t } = useMessages();
  const group = useApp((s) => s.group);
  const cells = useMemo(() => cellBasis(dataset, from, group, zone), [dataset, from, group, zone]);
  return (
    <td data-zone={zone} data-status={status}>
      <span className="compare__status">{donorStatusLabel(t, status)}</span>
      {cells.length > 0 && (
        <details className="compare__basis">
          <summary>{t.compare.sources}</summary>
          {cells.map((c) => (
            <ClassBasis key={c.classId} dataset={dataset} basis={c} />
          ))}
        </details>
      )}
    </td>
  );
});

function ClassBasis({ dataset, basis }: { dataset: CompareDataset; basis: CellBasis }) {
  const { t, loc } = useMessages();
  const className = dataset.weapons.find((w) => w.id === basis.classId)?.name ?? basis.classId;
  const { cell } = basis;
  return (
    <div className="compare__class" data-class={basis.classId}>
      <p>
        <strong lang={loc.langOf(className)}>{loc.text(className)}</strong>:{' '}
        {donorStatusLabel(t, cell.status)}
        {cell.condition && <span lang={loc.langOf(cell.condition)}> ({loc.text(cell.condition)})</span>}
      </p>
      {cell.note && (
        <p className="compare__note" lang={loc.langOf(cell.note)}>
          {loc.text(cell.note)}
        </p>
      )}
      {basis.events.length === 0 && <p>{t.compare.noEvents}</p>}
      {basis.events.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
    </div>
  );
}
