import { ZONE_IDS } from '../domain/ids';
import { cellOf } from '../domain/dataset';
import { donorTexts } from '../i18n/donorTexts';
import { formatDate } from '../i18n/locale';
import { currentEpoch } from '../store/selectors';
import { useApp, useMessages, useSettled } from './storeContext';

/** The map's content as a table: the accessible alternative, and the fallback without WebGL. */
export function StatusTable() {
  const { t, loc } = useMessages();
  // The rows follow the slider once it rests, with the caption (src/store/settledState.ts).
  const epoch = useSettled(currentEpoch);
  const classIds = useApp((s) => s.engine?.classIds);
  if (!epoch || !classIds) return null;
  return (
    <section className="status-table" aria-labelledby="status-table-title">
      <h2 id="status-table-title" className="panel-title">
        {t.tableTitle}
      </h2>
      <div className="status-table__scroll" tabIndex={0} role="group" aria-labelledby="status-table-title">
        <table data-testid="status-table">
          <DateCaption />
          <thead>
            <tr>
              <th scope="col">{t.tableZone}</th>
              {classIds.map((w) => (
                <th key={w} scope="col">
                  {t.weapons[w]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ZONE_IDS.map((zone) => (
              <tr key={zone} data-zone={zone}>
                <th scope="row">{t.zones[zone]}</th>
                {classIds.map((w) => {
                  const cell = cellOf(epoch.statuses[zone], w);
                  return (
                    <td key={w} data-weapon={w} data-status={cell.status}>
                      {t.statuses[cell.status]}
                      {cell.condition && (
                        <span className="status-table__note" lang={loc.langOf(cell.condition)}>
                          {' '}
                          ({loc.text(cell.condition)})
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The caption is the only part that changes every day (once the slider rests); the rows change only between epochs. */
function DateCaption() {
  const { t, lang } = useMessages();
  const date = useSettled((s) => s.date);
  const donor = useApp((s) => s.donor);
  return <caption>{donorTexts(t, donor).tableCaption(formatDate(date, lang))}</caption>;
}
