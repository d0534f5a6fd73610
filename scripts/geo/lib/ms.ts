// Thin wrapper around mapshaper's Node API (in-memory input and output, messages silenced).
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';

export async function ms(
  commands: string,
  input: Record<string, FeatureCollection | string>,
): Promise<Record<string, FeatureCollection<Geometry>>> {
  const inp: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) inp[k] = typeof v === 'string' ? v : JSON.stringify(v);
  const out = await mapshaper.applyCommands(`${commands.trim()} -quiet`, inp);
  const res: Record<string, FeatureCollection<Geometry>> = {};
  for (const [k, v] of Object.entries(out))
    res[k] = JSON.parse(typeof v === 'string' ? v : new TextDecoder().decode(v));
  return res;
}
