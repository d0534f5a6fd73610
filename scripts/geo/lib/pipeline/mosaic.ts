// Zones and neighbour countries in one shared topology: tiered simplification (finer near the
// border, coarser far away), dissolved per zone and country, with the UA–RU line extracted.
import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { ZONE_IDS } from '../../../../src/domain/ids.ts';
import { COUNTRY_MERGE, COUNTRY_NAMES, DECIMALS, TIERS } from '../config.ts';
import { fc, feat, type Poly } from '../geom.ts';
import { ms } from '../ms.ts';
import { prop, type Sources } from './sources.ts';
import type { ZoneGeometries } from './zones.ts';

export interface Mosaic {
  /** Simplified zones and countries by feature id (zone id or country id). */
  byFid: Map<string, Feature<Geometry>>;
  /** Simplified national outlines by group ('rus', 'ukr', and each neighbour). */
  byGrp: Map<string, Feature<Geometry>>;
  /** Pieces of the shared UA–RU boundary. */
  borderPieces: Feature<Geometry>[];
  countryNames: Record<string, string>;
}

function mosaicParts(src: Sources, zones: ZoneGeometries) {
  const parts: Feature<Poly>[] = ZONE_IDS.map((id) =>
    feat(zones[id].geometry, { fid: id, grp: id === 'crimea' || id === 'ukraine' ? 'ukr' : 'rus' }),
  );
  const countryNames: Record<string, string> = {};
  for (const f of src.countries.features) {
    const a3 = String(prop(f, 'adm0_a3'));
    if (a3 === 'RUS' || a3 === 'UKR') continue;
    const id = COUNTRY_MERGE[a3] ?? a3.toLowerCase();
    if (!COUNTRY_MERGE[a3])
      countryNames[id] = COUNTRY_NAMES[id] ?? String(prop(f, 'name_long') ?? prop(f, 'name'));
    parts.push(feat(f.geometry, { fid: id, grp: id }));
  }
  return { parts, countryNames };
}

/** Rings of the simplification tiers: tier i+1 is its box minus the previous tier's. */
function tierRings() {
  return fc(
    TIERS.map((tier, i) => {
      const box = turf.bboxPolygon(tier.bbox).geometry;
      const inner = i > 0 ? turf.bboxPolygon(TIERS[i - 1]!.bbox).geometry : null;
      return feat(
        inner
          ? { type: 'Polygon', coordinates: [box.coordinates[0]!, inner.coordinates[0]!.slice().reverse()] }
          : box,
        { tier: i + 1 },
      );
    }) as Feature<Poly>[],
  );
}

export async function buildMosaic(src: Sources, zones: ZoneGeometries): Promise<Mosaic> {
  const { parts, countryNames } = mosaicParts(src, zones);
  const intervalExpr = TIERS.map((tr, i) =>
    i < TIERS.length - 1 ? `tier==${i + 1}?${tr.intervalM}:` : `${tr.intervalM}`,
  ).join('');
  const out = await ms(
    `-i parts.json snap name=parts -i tiers.json name=tiers
     -union target=parts,tiers name=mosaic
     -filter "fid != null"
     -simplify variable interval="${intervalExpr}" keep-shapes
     -dissolve fid copy-fields=grp name=out
     -innerlines where="(A.grp=='ukr') != (B.grp=='ukr') && (A.grp=='rus' || B.grp=='rus')" + name=uaru
     -dissolve grp target=out + name=grp
     -o out.json target=out precision=${10 ** -DECIMALS} fix-geometry
     -o uaru.json target=uaru precision=${10 ** -DECIMALS} geojson-type=FeatureCollection
     -o grp.json target=grp precision=${10 ** -DECIMALS} fix-geometry`,
    { 'parts.json': fc(parts), 'tiers.json': tierRings() },
  );
  const byFid = new Map<string, Feature<Geometry>>();
  for (const f of out['out.json']!.features) byFid.set(String(prop(f, 'fid')), f);
  const byGrp = new Map<string, Feature<Geometry>>();
  for (const f of out['grp.json']!.features) byGrp.set(String(prop(f, 'grp')), f);
  return { byFid, byGrp, borderPieces: out['uaru.json']!.features, countryNames };
}
