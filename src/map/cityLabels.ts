// City and place labels are HTML markers rather than a symbol layer: no glyph server is needed,
// the text is translatable, and it renders in the page's own font.

export interface CityLabel {
  id: string;
  name: string;
  lng: number;
  lat: number;
  rank: number;
  labelSide: 'left' | 'right';
}

export function createCityLabelElement(city: CityLabel): HTMLElement {
  const el = document.createElement('div');
  el.className = `map-label map-label--city map-label--rank-${city.rank} map-label--${city.labelSide}`;
  el.dataset['city'] = city.id;
  el.setAttribute('aria-hidden', 'true');
  const dot = document.createElement('span');
  dot.className = 'map-label__dot';
  const text = document.createElement('span');
  text.className = 'map-label__text';
  text.textContent = city.name;
  el.append(dot, text);
  return el;
}

export function createMapLabelElement(text: string, id: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'map-label map-label--place';
  el.dataset['place'] = id;
  el.setAttribute('aria-hidden', 'true');
  el.textContent = text;
  return el;
}
