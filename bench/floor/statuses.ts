import type { StatusId, ZoneId } from '../../src/domain/ids';

/**
 * The floor's fixed first view: the shown statuses (all weapons) of the dataset's latest epoch,
 * i.e. what the app colours on its first view at today's date. Hard-coded so that the floor does
 * no data work at all; the bench driver warns if the app's first view no longer matches.
 */
export const FLOOR_STATUSES: Readonly<Record<ZoneId, StatusId>> = {
  crimea: 'permitted',
  'kharkiv-sector': 'disputed',
  'border-zone': 'disputed',
  'deep-russia': 'disputed',
  ukraine: 'permitted',
};
