import type { ClassId } from '../../domain/ids';
import type { ReachData } from '../../domain/placeSelection';
import type { PlaceFacts } from '../../domain/place';
import { Swatch } from '../Legend';
import { useRef, type ReactNode } from 'react';
import { useMessages } from '../storeContext';
import { useStackWhenTooWide } from '../useStackWhenTooWide';

/** Each weapon class on the date: its status here, its nominal range and whether that reaches. */
export function PlaceFactsTable({
  facts,
  ranges,
}: {
  facts: PlaceFacts;
  ranges: ReachData['ranges'] | null;
}) {
  const { t, lang } = useMessages();
  const table = useRef<HTMLTableElement>(null);
  const km = (n: number) => new Intl.NumberFormat(lang).format(n);
  // A class whose only figures are for versions never supplied (ERAM, Tomahawk) shows them as such.
  const rangeText = (w: ClassId) => {
    const inForce = facts.ranges[w];
    if (inForce) return t.placeRangeKm(km(inForce.km));
    const never = (
      (ranges as Partial<Record<ClassId, ReachData['ranges'][keyof ReachData['ranges']]>> | null)?.[w] ?? []
    ).filter((r) => r.from === null);
    return never.length > 0
      ? t.placeRangeNeverSupplied(never.map((r) => t.placeRangeKm(km(r.km))).join(', '))
      : t.placeRangeNone;
  };
  const rows = facts.classIds.map((w) => ({
    w,
    status: facts.statuses?.[w],
    range: rangeText(w),
    reach: facts.inReach[w] ?? null,
  }));
  // Measured again only when the texts change: the facts are rebuilt on every slider tick, and a
  // measurement lays the table out twice.
  useStackWhenTooWide(table, [t, rows.map((r) => `${r.status}|${r.range}|${r.reach}`).join(';')]);
  return (
    <table
      ref={table}
      className="place-panel__table"
      data-testid="place-table"
      aria-labelledby="place-panel-title"
    >
      <thead>
        <tr>
          <th scope="col">{t.placeWeapon}</th>
          <th scope="col">{t.placeStatus}</th>
          <th scope="col">{t.placeRange}</th>
          <th scope="col">{t.placeReach}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ w, status, range, reach }) => (
          <tr key={w} data-weapon={w} data-status={status} data-in-reach={String(reach)}>
            <th scope="row">{t.weapons[w]}</th>
            <Cell label={t.placeStatus}>
              {status && <Swatch status={status} />} {status ? t.statuses[status] : '—'}
            </Cell>
            <Cell label={t.placeRange}>{range}</Cell>
            <Cell label={t.placeReach}>
              <Reach reach={reach} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A value cell; its label leads it when the rows are stacked (place.css). */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label}>
      <span>{children}</span>
    </td>
  );
}

/** Whether the class reaches from the border; "not applicable" is heard, a dash is seen. */
function Reach({ reach }: { reach: boolean | null }) {
  const { t } = useMessages();
  if (reach === null)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t.placeReachNotApplicable}</span>
      </>
    );
  return reach ? <strong>{t.placeReachYes}</strong> : <>{t.placeReachNo}</>;
}
