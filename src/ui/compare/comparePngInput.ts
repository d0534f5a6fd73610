import { assetUrl } from '../../app/appRoot';
import { groupLevels } from '../../domain/compare';
import { compareSummary } from '../../domain/compareSummary';
import type { ComparePngInput } from '../../export/comparePng';
import type { PngSize } from '../../export/pngSizes';
import { formatDate, type Lang } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages/en';
import { cloneZonePicture, paintComparePicture } from '../../map/comparePicture';
import { fetchPicture, PICTURE_FILE_PATH, prerenderedPicture } from '../../map/picture';
import type { AppState } from '../../store/appStore';
import { fullMapUrl } from '../../url/links';
import { donorStatusLabel } from './statusWords';

/** What the comparison's PNG shows: the loaded donors' maps at the page's date, group and theme. */
export async function comparePngInput(
  s: AppState,
  size: PngSize,
  theme: 'light' | 'dark',
  t: Messages,
  lang: Lang,
): Promise<ComparePngInput> {
  const template = prerenderedPicture() ?? (await fetchPicture(assetUrl(PICTURE_FILE_PATH), document));
  if (!template) throw new Error('the zone picture is not available');
  const cards = (s.compare ?? []).flatMap((donor) => {
    const load = s.compareData[donor];
    const svg = cloneZonePicture(template, `png-${donor}`);
    if (load?.state !== 'ready' || !svg) return [];
    const levels = groupLevels(load.dataset, s.date, s.group);
    paintComparePicture(svg, levels, theme, `png-${donor}`);
    return [{ name: t.donor.names[donor], summary: t.compare.summaries[compareSummary(levels)], svg }];
  });
  return {
    size,
    theme,
    title: t.compare.pngTitle(formatDate(s.date, lang)),
    dateLine: t.compare.groups[s.group],
    legendTitle: `${t.legendTitle}:`,
    statusLabel: (status) => donorStatusLabel(t, status),
    cards,
    creditLines: [
      t.pngCredit(fullMapUrl({ ...s, pinnedVersion: null })),
      t.mapAttribution('Natural Earth', 'geoBoundaries', 'OpenStreetMap'),
    ],
  };
}
