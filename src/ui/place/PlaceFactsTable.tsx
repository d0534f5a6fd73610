import type { ClassId } from '../../domain/ids';
import type { ReachData } from '../../domain/placeSelection';
import type { PlaceFacts } from '../../domain/place';
import { Swatch } from '../Legend';
import { useMessages } from '../storeContext';

/** Each weapon class on the date: its status here, its nominal range and whether that reaches. */
export function PlaceFactsTable({
  facts,
  ranges,
}: {
  facts: PlaceFacts;
  ranges: ReachData['ranges'] | null;
}) {
  const { t, lang } = useMessages();
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
  return (
    <table className="place-panel__table" data-testid="place-table">
      <thead>
        <tr>
          <th scope="col">{t.placeWeapon}</th>
          <th scope="col">{t.placeStatus}</th>
          <th scope="col">{t.placeRange}</th>
          <th scope="col">{t.placeReach}</th>
        </tr>
      </thead>
      <tbody>
        {facts.classIds.map((w) => {
          const status = facts.statuses?.[w];
          const reach = facts.inReach[w] ?? null;
          return (
            <tr key={w} data-weapon={w} data-status={status} data-in-reach={String(reach)}>
              <th scope="row">{t.weapons[w]}</th>
              <td>
                {status && <Swatch status={status} />} {status ? t.statuses[status] : '—'}
              </td>
              <td>{rangeText(w)}</td>
              <td>
                {reach === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t.placeReachNotApplicable}</span>
                  </>
                ) : reach ? (
                  <strong>{t.placeReachYes}</strong>
                ) : (
                  t.placeReachNo
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
