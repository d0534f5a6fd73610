import { AttributionControl, Map as MapLibreMap, Marker, NavigationControl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker';
import type { NamedRegionId, StatusId, ZoneId } from '../domain/ids';
import { ZONE_IDS } from '../domain/ids';
import { PATTERNED_STATUSES } from './palette';
import { addPatternImages } from './patterns';
import {
  buildMapStyle,
  LAYER_ZONES_FILL,
  SOURCE_CONTEXT,
  SOURCE_ZONES,
  STATE_HIGHLIGHTED,
  STATE_SELECTED,
  STATE_STATUS,
} from './style';
import type { CityLabel } from './cityLabels';
import { createCityLabelElement, createMapLabelElement } from './cityLabels';
import { BASE_MAP_OPTIONS } from './mapOptions';
import { MAP_LOAD_TIMEOUT_MS, watchForFailure, type FailureWatch } from './failureWatch';
import { hasWebGL2, WebGL2UnavailableError } from './webgl';

/** What the map shows; the adapter diffs successive views and touches only what changed. */
export interface MapView {
  statuses: Readonly<Record<ZoneId, StatusId>> | null;
  selectedZone: ZoneId | null;
  highlightedRegions: readonly NamedRegionId[];
}

export interface MapLabels {
  cities: readonly CityLabel[];
  /** Fixed labels such as "Kharkiv oblast", in the current language. */
  places: readonly { id: string; text: string; lng: number; lat: number }[];
}

export interface PermissionMapOptions {
  container: HTMLElement;
  zonesUrl: string;
  contextUrl: string;
  theme: 'light' | 'dark';
  bounds: [[number, number], [number, number]];
  ariaLabel: string;
  interactive?: boolean;
  cooperativeGestures?: boolean;
  onZoneClick?: (zone: ZoneId) => void;
  /** A collapsed attribution button, for small frames that show the credit line elsewhere. */
  compactAttribution?: boolean;
  /** Keeps the drawing buffer so PNG export and pixel tests can read the canvas. */
  preserveDrawingBuffer?: boolean;
  /** Device pixels per CSS pixel (PNG export draws at exactly the requested size). */
  pixelRatio?: number;
  /** Called once if the zones cannot be drawn: geometry missing or corrupt, or the worker dead. */
  onFailure?: (reason: string) => void;
  /** How long the geometry may take to load before it counts as failed. */
  loadTimeoutMs?: number;
}

/**
 * Performance marks for the benchmark (npm run bench, docs/performance.md): set once, when the
 * zones first get their statuses, and at the end of the next frame MapLibre draws, which is the
 * first frame with the zones in their status colours. They cost nothing when no one reads them.
 */
export const STATUSES_APPLIED_MARK = 'permission-map:statuses-applied';
export const FIRST_COLOURED_FRAME_MARK = 'permission-map:first-coloured-frame';
/** For the benchmark's breakdown: a map is being created; its two sources have loaded. */
export const MAP_CREATED_MARK = 'permission-map:map-created';
export const SOURCES_LOADED_MARK = 'permission-map:sources-loaded';

/**
 * The imperative side of the map: created once, fed views, never re-rendered by React.
 * `show(view)` is cheap when nothing changed, so callers may call it on every store update.
 */
export class PermissionMap {
  readonly map: MapLibreMap;
  private applied: MapView = { statuses: null, selectedZone: null, highlightedRegions: [] };
  private pending: MapView | null = null;
  private sourcesReady = false;
  private markers: Marker[] = [];
  private readonly failureWatch: FailureWatch;
  /** Until the reader pans or zooms, a resize re-frames the region instead of cropping it. */
  private userMoved = false;
  readonly ready: Promise<void>;

  constructor(private readonly options: PermissionMapOptions) {
    if (!hasWebGL2()) throw new WebGL2UnavailableError();
    performance.mark(MAP_CREATED_MARK);
    try {
      this.map = new MapLibreMap({
        container: options.container,
        style: buildMapStyle(options),
        ...BASE_MAP_OPTIONS,
        bounds: options.bounds,
        interactive: options.interactive ?? true,
        cooperativeGestures: options.cooperativeGestures ?? false,
        canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
        ...(options.pixelRatio ? { pixelRatio: options.pixelRatio } : {}),
      });
    } catch (error) {
      throw new WebGL2UnavailableError(error);
    }
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(
      new AttributionControl({ compact: options.compactAttribution ?? false }),
      'bottom-right',
    );
    if (options.interactive ?? true)
      this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', options.ariaLabel);
    if (options.compactAttribution) {
      // Start collapsed (MapLibre opens it until the first drag); the ⓘ button still expands it.
      this.map.once('load', () =>
        options.container
          .querySelector('.maplibregl-ctrl-attrib')
          ?.classList.remove('maplibregl-compact-show'),
      );
    }
    this.map.on('movestart', (event) => {
      if ((event as { originalEvent?: Event }).originalEvent) this.userMoved = true;
    });
    addPatternImages(this.map, PATTERNED_STATUSES);
    this.failureWatch = watchForFailure(this.map, {
      sources: [SOURCE_ZONES, SOURCE_CONTEXT],
      timeoutMs: options.loadTimeoutMs ?? MAP_LOAD_TIMEOUT_MS,
      onFailure: (reason) => options.onFailure?.(reason),
    });

    this.ready = new Promise((resolve) => {
      const check = () => {
        if (this.map.isSourceLoaded(SOURCE_ZONES) && this.map.isSourceLoaded(SOURCE_CONTEXT)) {
          this.map.off('sourcedata', check);
          performance.mark(SOURCES_LOADED_MARK);
          this.sourcesReady = true;
          this.failureWatch.loaded();
          if (this.pending) this.apply(this.pending);
          resolve();
        }
      };
      this.map.on('sourcedata', check);
    });

    if (options.onZoneClick) {
      const onZoneClick = options.onZoneClick;
      this.map.on('click', LAYER_ZONES_FILL, (event) => {
        const id = event.features?.[0]?.properties?.['id'];
        if (typeof id === 'string' && (ZONE_IDS as readonly string[]).includes(id)) onZoneClick(id as ZoneId);
      });
      this.map.on('mouseenter', LAYER_ZONES_FILL, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', LAYER_ZONES_FILL, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  show(view: MapView): void {
    if (!this.sourcesReady) {
      this.pending = view;
      return;
    }
    this.apply(view);
  }

  private apply(view: MapView): void {
    const prev = this.applied;
    if (view.statuses !== prev.statuses && view.statuses) {
      for (const zone of ZONE_IDS) {
        const status = view.statuses[zone];
        if (prev.statuses?.[zone] !== status) {
          this.map.setFeatureState({ source: SOURCE_ZONES, id: zone }, { [STATE_STATUS]: status });
        }
      }
      // Benchmark marks (see FIRST_COLOURED_FRAME_MARK): setFeatureState asks for a repaint, and
      // the next 'render' is the first frame drawn with these colours.
      if (!prev.statuses) {
        performance.mark(STATUSES_APPLIED_MARK);
        this.map.once('render', () => performance.mark(FIRST_COLOURED_FRAME_MARK));
      }
    }
    if (view.selectedZone !== prev.selectedZone) {
      if (prev.selectedZone)
        this.map.setFeatureState(
          { source: SOURCE_ZONES, id: prev.selectedZone },
          { [STATE_SELECTED]: false },
        );
      if (view.selectedZone)
        this.map.setFeatureState({ source: SOURCE_ZONES, id: view.selectedZone }, { [STATE_SELECTED]: true });
    }
    if (view.highlightedRegions !== prev.highlightedRegions) {
      const next = new Set(view.highlightedRegions);
      for (const id of prev.highlightedRegions) {
        if (!next.has(id))
          this.map.setFeatureState({ source: SOURCE_CONTEXT, id }, { [STATE_HIGHLIGHTED]: false });
      }
      for (const id of next)
        this.map.setFeatureState({ source: SOURCE_CONTEXT, id }, { [STATE_HIGHLIGHTED]: true });
    }
    this.applied = view;
  }

  setLabels(labels: MapLabels): void {
    for (const marker of this.markers) marker.remove();
    this.markers = [
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
    for (const marker of this.markers) marker.addTo(this.map);
  }

  /**
   * Resolves true when the map has drawn everything asked of it so far, or false `timeoutMs`
   * after the call (counted from the call, so a map whose sources never load still answers).
   */
  whenIdle(timeoutMs = 15_000): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      void this.ready.then(() => {
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        this.map.once('idle', done);
        if (this.map.loaded() && !this.map.isMoving()) this.map.triggerRepaint();
      });
    });
  }

  project(lngLat: [number, number]): [number, number] {
    const point = this.map.project(lngLat);
    return [point.x, point.y];
  }

  resize(): void {
    this.map.resize();
    if (!this.userMoved) this.map.fitBounds(this.options.bounds, { padding: 8, animate: false });
  }

  destroy(): void {
    this.failureWatch.stop();
    for (const marker of this.markers) marker.remove();
    this.map.remove();
  }
}
