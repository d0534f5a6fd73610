import { useEffect, useRef } from 'react';
import type { DonorId, DonorStatusId } from '../../domain/donors';
import type { ZoneId } from '../../domain/ids';
import { cloneZonePicture, paintComparePicture } from '../../map/comparePicture';
import { useResolvedTheme } from '../useResolvedTheme';
import { useZonePictureTemplate } from './useZonePictureTemplate';

/** One donor's small map: a clone of the zone picture, named for assistive technology as a whole. */
export function ComparePicture({
  donor,
  levels,
  name,
}: {
  donor: DonorId;
  levels: Readonly<Record<ZoneId, DonorStatusId>>;
  name: string;
}) {
  const template = useZonePictureTemplate();
  const theme = useResolvedTheme();
  const holder = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement | null>(null);
  const prefix = `compare-${donor}`;

  useEffect(() => {
    if (!holder.current || typeof template !== 'object' || template === null) return;
    const clone = cloneZonePicture(template, prefix);
    if (!clone) return;
    holder.current.replaceChildren(clone);
    svg.current = clone;
    return () => {
      clone.remove();
      svg.current = null;
    };
  }, [template, prefix]);

  useEffect(() => {
    if (svg.current) paintComparePicture(svg.current, levels, theme, prefix);
  }, [levels, theme, prefix, template]);

  return (
    <div
      ref={holder}
      className="compare-map__picture"
      role="img"
      aria-label={name}
      data-testid="compare-picture"
      data-donor={donor}
    />
  );
}
