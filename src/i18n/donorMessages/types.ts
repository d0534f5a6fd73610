import type { DonorId } from '../../domain/donors';
import type { ShownStatusId } from '../../domain/ids';

/** A clause of the summary sentence that names one status for a whole zone. */
export type OnlyStatus = 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement';

/**
 * The texts of the donor switch (issue #15) in one language: the donors' names and the titles,
 * labels and sentence parts that name whose weapons the page shows. Each language words the
 * donor its own way (en "German weapons", de "Waffen aus Deutschland", fr "les armes
 * allemandes", uk "зброя Німеччини"), so the templates take the donor id, not a name.
 * For the US the catalogue's own keys are used unchanged (src/i18n/donorTexts.ts).
 */
export interface DonorMessages {
  switchLabel: string;
  switchHint: string;
  names: Readonly<Record<DonorId, string>>;
  documentTitle(id: DonorId): string;
  appTitle(id: DonorId): string;
  appSubtitle(id: DonorId): string;
  mapAriaLabel(id: DonorId): string;
  allWeapons(id: DonorId): string;
  legendAllWeapons(id: DonorId): string;
  tableCaption(id: DonorId, date: string): string;
  frameTitle(id: DonorId, date: string | null): string;
  allSupplied(id: DonorId): string;
  only(id: DonorId, status: OnlyStatus): string;
  /** The statuses explained for any donor other than the US. */
  statusExplanations: Readonly<Record<ShownStatusId, string>>;
  summaryExplanations: Readonly<Record<ShownStatusId, string>>;
  loadingDonor(name: string): string;
  loadDonorFailed(name: string, reason: string): string;
}
