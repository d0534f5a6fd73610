// The named-region overlay (Kursk, Belgorod, Bryansk oblasts…).
import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { NAMED_REGION_IDS } from '../../../../src/domain/ids.ts';
import { MIN_REGION_PART_KM2, REGION_CONFORM_KM, REGION_INTERVAL_M } from '../config.ts';
import {
  difference,
  dropSmallParts,
  fc,
  feat,
  intersect,
  union,
  type Poly,
  type PolyFeature,
} from '../geom.ts';
import { ms } from '../ms.ts';
import { NAMED_REGION_SOURCES } from '../regions.ts';
import { cleanPoly } from './format.ts';
import { need, prop, type Sources } from './sources.ts';

/** Region overlay: OSM admin-1 polygons conformed to the shipped national outline. */
export async function buildRegions(
  src: Sources,
  country: { RU: Poly; UA: Poly },
): Promise<Feature<Geometry>[]> {
  const out: Feature<Geometry>[] = [];
  // Simplify the admin layers once (topology-aware, so neighbours stay seamless).
  const wanted = new Set(NAMED_REGION_IDS.map((id) => NAMED_REGION_SOURCES[id].iso));
  // Only admin units near the named regions matter (neighbours decide the extension).
  const near = (f: Feature) => {
    const b = turf.bbox(f);
    return b[0] < 50 && b[2] > 20 && b[1] < 60 && b[3] > 40;
  };
  const simp = await ms(`-i a.json snap -simplify interval=${REGION_INTERVAL_M} keep-shapes -o a.json`, {
    'a.json': fc(
      [...src.ruAdmin.features, ...src.uaAdmin.features].filter(
        (f) => near(f) && !['UA-43', 'UA-40'].includes(String(prop(f, 'iso_3166_2'))),
      ),
    ),
  });
  const admin = simp['a.json']!.features as Feature<Poly>[];
  for (const id of NAMED_REGION_IDS) {
    const { iso, name } = NAMED_REGION_SOURCES[id];
    const f = admin.find((x) => prop(x, 'iso_3166_2') === iso);
    if (!f || !wanted.has(iso)) throw new Error(`region ${id}: ${iso} not in the admin-1 sources`);
    const cc = iso.slice(0, 2) as 'RU' | 'UA';
    // Extend into gaps up to REGION_CONFORM_KM that no other region of the same country claims
    // (the OSM and Natural Earth border lines differ by up to ~3 km), then clip to the country.
    const grown = turf.buffer(f, REGION_CONFORM_KM, { units: 'kilometers', steps: 4 }) as PolyFeature;
    const gbox = turf.bbox(grown);
    const others = admin.filter((x) => {
      if (x === f || !String(prop(x, 'iso_3166_2')).startsWith(cc)) return false;
      const b = turf.bbox(x);
      return !(b[0] > gbox[2] || b[2] < gbox[0] || b[1] > gbox[3] || b[3] < gbox[1]);
    });
    let ext: PolyFeature = grown;
    if (others.length) ext = need(difference(grown, union(...others)), `${id} extension`);
    const region = need(intersect(union(f, ext), country[cc]), id);
    // Rounding can pinch tiny slivers into bow-ties: drop parts under MIN_REGION_PART_KM2.
    const g = need(dropSmallParts(cleanPoly(region.geometry), MIN_REGION_PART_KM2).kept, id);
    out.push(feat(cleanPoly(g), { id, kind: 'region', name }));
  }
  return out;
}
