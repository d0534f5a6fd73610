// The HTML label markers (cities and area names): no glyph server, so labels are DOM elements.

import { Marker } from 'maplibre-gl';
import { createCityLabelElement, createMapLabelElement } from './cityLabels';
import type { MapLabels } from './mapAdapter';

export function createLabelMarkers(labels: MapLabels): Marker[] {
  return [
    ...labels.cities.map((city) =>
      new Marker({
        element: createCityLabelElement(city),
        anchor: city.labelSide === 'left' ? 'right' : 'left',
        offset: [city.labelSide === 'left' ? 4 : -4, 0],
      }).setLngLat([city.lng, city.lat]),
    ),
    ...labels.places.map((place) =>
      new Marker({ element: createMapLabelElement(place.text, place.id), anchor: 'center' }).setLngLat([
        place.lng,
        place.lat,
      ]),
    ),
  ];
}
