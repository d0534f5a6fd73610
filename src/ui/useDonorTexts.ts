import { donorTexts, type DonorView } from '../i18n/donorTexts';
import { useApp, useMessages } from './storeContext';

/** The texts that name whose weapons the page shows, in the reader's language (donorTexts.ts). */
export function useDonorTexts(): DonorView {
  const { t } = useMessages();
  const donor = useApp((s) => s.donor);
  return donorTexts(t, donor);
}
