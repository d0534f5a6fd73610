import type { DonorId } from '../domain/donors';
import type { ShownStatusId } from '../domain/ids';
import type { Messages } from './messages/en';

/** The texts that name whose weapons the page shows, for one donor in one language. */
export interface DonorView {
  donorName: string;
  documentTitle: string;
  appTitle: string;
  appSubtitle: string;
  mapAriaLabel: string;
  allWeapons: string;
  legendAllWeapons: string;
  tableCaption(date: string): string;
  frameTitle(date: string | null): string;
  statusExplanations: Readonly<Record<ShownStatusId, string>>;
  summaryExplanations: Readonly<Record<ShownStatusId, string>>;
}

/**
 * For the US the catalogue's own keys, unchanged (the page reads as it always did); for any other
 * donor the donor templates of the catalogue (src/i18n/donorMessages).
 */
export function donorTexts(t: Messages, donor: DonorId): DonorView {
  const d = t.donor;
  if (donor === 'us') {
    return {
      donorName: d.names.us,
      documentTitle: t.documentTitle,
      appTitle: t.appTitle,
      appSubtitle: t.appSubtitle,
      mapAriaLabel: t.mapAriaLabel,
      allWeapons: t.weapons.all,
      legendAllWeapons: t.legendAllWeapons,
      tableCaption: t.tableCaption,
      frameTitle: t.embedFrameTitle,
      statusExplanations: t.statusExplanations,
      summaryExplanations: t.summaryExplanations,
    };
  }
  return {
    donorName: d.names[donor],
    documentTitle: d.documentTitle(donor),
    appTitle: d.appTitle(donor),
    appSubtitle: d.appSubtitle(donor),
    mapAriaLabel: d.mapAriaLabel(donor),
    allWeapons: d.allWeapons(donor),
    legendAllWeapons: d.legendAllWeapons(donor),
    tableCaption: (date) => d.tableCaption(donor, date),
    frameTitle: (date) => d.frameTitle(donor, date),
    statusExplanations: d.statusExplanations,
    summaryExplanations: d.summaryExplanations,
  };
}
