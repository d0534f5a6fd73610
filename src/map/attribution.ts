import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';

const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${text}</a>`;

/**
 * The boundary credit in the reader's language. The words come from the catalogue
 * (`mapAttribution`); the three names stay as they are and link to their sources.
 */
export function attributionHtml(
  words: (naturalEarth: string, geoBoundaries: string, osm: string) => string,
): string {
  return words(
    link('https://www.naturalearthdata.com/', 'Natural Earth'),
    link('https://www.geoboundaries.org/', 'geoBoundaries'),
    link('https://www.openstreetmap.org/copyright', 'OpenStreetMap'),
  );
}

/**
 * MapLibre's attribution control with our credit as its custom attribution. A language change
 * swaps the control (public API only; the style and the data stay untouched).
 */
export class MapAttribution {
  private control: AttributionControl | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly compact: boolean,
    private readonly container: HTMLElement,
  ) {}

  set(html: string): void {
    if (this.control) this.map.removeControl(this.control);
    this.control = new AttributionControl({ compact: this.compact, customAttribution: html });
    this.map.addControl(this.control, 'bottom-right');
    // Start collapsed (MapLibre opens it until the first drag); the ⓘ button still expands it.
    if (this.compact)
      this.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }
}
