// The labelled-city list (data/geo-src/cities.json), validated.
import fs from 'node:fs';
import { z } from 'zod';

export const CitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase-kebab id'),
    name: z.object({ en: z.string().min(1), uk: z.string().min(1) }).strict(),
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
    rank: z.union([z.literal(1), z.literal(2)]),
    // Which side of the dot the name sits on; 'left' where a neighbour's label would collide.
    labelSide: z.enum(['left', 'right']).optional(),
  })
  .strict();
export type City = z.infer<typeof CitySchema>;

export function readCities(file: string): City[] {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of cities`);
  const seen = new Set<string>();
  return raw.map((c, i) => {
    const r = CitySchema.safeParse(c);
    if (!r.success) {
      const id = typeof c === 'object' && c && 'id' in c ? String((c as { id: unknown }).id) : `#${i}`;
      throw new Error(
        `${file}: city ${id}: ${r.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`,
      );
    }
    if (seen.has(r.data.id)) throw new Error(`${file}: duplicate city id ${r.data.id}`);
    seen.add(r.data.id);
    // Canonical key order in the output.
    const { id, name, lng, lat, country, rank, labelSide } = r.data;
    return {
      id,
      name: { en: name.en, uk: name.uk },
      lng,
      lat,
      country,
      rank,
      ...(labelSide ? { labelSide } : {}),
    };
  });
}
