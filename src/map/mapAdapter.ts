import { Map as MapLibreMap, NavigationControl, type Marker } from 'maplibre-gl';
import { MapAttribution } from './attribution';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker';
import type { ZoneId } from '../domain/ids';
import { ZONE_IDS } from '../domain/ids';
import { PATTERNED_STATUSES } from './palette';
import { addPatternImages } from './patterns';
import { buildMapStyle, LAYER_ZONES_FILL, SOURCE_CONTEXT, SOURCE_ZONES } from './style';
import type { CityLabel } from './cityLabels';
import { createLabelMarkers } from './labelMarkers';
import { BASE_MAP_OPTIONS } from './mapOptions';
import {
  FIRST_COLOURED_FRAME_MARK,
  MAP_CREATED_MARK,
  markOnce,
  SOURCES_LOADED_MARK,
  STATUSES_APPLIED_MARK,
} from '../perf/marks';
import { WebGL2UnavailableError } from './webgl';
import { LAYER_SITES, ReachOverlay } from './reachOverlay';
import { roundLngLat, type PlaceSelection } from '../domain/placeSelection';
import type { MapView } from '../domain/mapView';
import { mapViewDiff } from './mapDiff';

export { WebGL2UnavailableError };
import { MAP_LOAD_TIMEOUT_MS, watchForFailure, type FailureWatch } from './failureWatch';

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
  /** The boundary credit (HTML, from attributionHtml), in the page's language. */
  attribution: string;
  /** MapLibre's own control texts (zoom buttons, gesture hints) in the page's language. */
  locale?: Record<string, string>;
  interactive?: boolean;
  cooperativeGestures?: boolean;
  onZoneClick?: (zone: ZoneId) => void;
  /** The reach bands (public/geo/reach.geojson); with it the map draws bands, sites and the place marker. */
  reachUrl?: string;
  /** A click anywhere: on a site marker its id, elsewhere the point. */
  onPlaceClick?: (place: PlaceSelection) => void;
  /** A collapsed attribution button, for small frames that show the credit line elsewhere. */
  compactAttribution?: boolean;
  /** Keeps the drawing buffer so PNG export and pixel tests can read the canvas. */
  preserveDrawingBuffer?: boolean;
  /** Device pixels per CSS pixel (PNG export draws at exactly the requested size). */
  pixelRatio?: number;
  /** Called once, after the first frame drawn with the zones in their status colours. */
  onFirstColouredFrame?: () => void;
  /** Called once if the zones cannot be drawn: geometry missing or corrupt, or the worker dead. */
  onFailure?: (reason: string) => void;
  /** How long the geometry may take to load before it counts as failed. */
  loadTimeoutMs?: number;
}

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
  private readonly attribution: MapAttribution;
  readonly ready: Promise<void>;
  /** Bands, site markers and the place marker (null without `reachUrl`). */
  readonly reach: ReachOverlay | null = null;

  constructor(private readonly options: PermissionMapOptions) {
    markOnce(MAP_CREATED_MARK);
    // No separate WebGL2 probe: MapLibre throws when it cannot get a context, and a probe's own
    // context cost as much as the map's (seconds under software rendering) on every first load.
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
        ...(options.locale ? { locale: options.locale } : {}),
      });
    } catch (error) {
      throw new WebGL2UnavailableError(error);
    }
    this.map.touchZoomRotate.disableRotation();
    this.attribution = new MapAttribution(this.map, options.compactAttribution ?? false, options.container);
    this.attribution.set(options.attribution);
    if (options.interactive ?? true)
      this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', options.ariaLabel);
    if (options.compactAttribution) this.map.once('load', () => this.attribution.set(options.attribution));
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
          markOnce(SOURCES_LOADED_MARK);
          this.sourcesReady = true;
          this.failureWatch.loaded();
          if (this.pending) this.apply(this.pending);
          resolve();
        }
      };
      this.map.on('sourcedata', check);
    });

    if (options.reachUrl) this.reach = new ReachOverlay(this.map, options.reachUrl, options.theme === 'dark');
    if (options.onPlaceClick) this.listenForPlaceClicks(options.onPlaceClick);
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

  private listenForPlaceClicks(onPlaceClick: (place: PlaceSelection) => void): void {
    this.map.on('click', (event) => {
      const site = this.map.getLayer(LAYER_SITES)
        ? this.map.queryRenderedFeatures(event.point, { layers: [LAYER_SITES] })[0]
        : undefined;
      const id = site?.properties?.['id'];
      onPlaceClick(
        typeof id === 'string' ? { id } : { at: roundLngLat([event.lngLat.lng, event.lngLat.lat]) },
      );
    });
    this.map.on('mouseenter', LAYER_SITES, () => (this.map.getCanvas().style.cursor = 'pointer'));
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
    for (const { source, id, state } of mapViewDiff(prev, view))
      this.map.setFeatureState({ source, id }, state);
    // setFeatureState asks for a repaint, and the next 'render' is the first frame drawn with
    // these colours: the benchmark's mark, and the moment the prerendered picture can go.
    if (!prev.statuses && view.statuses) {
      markOnce(STATUSES_APPLIED_MARK);
      this.map.once('render', () => {
        markOnce(FIRST_COLOURED_FRAME_MARK);
        this.options.onFirstColouredFrame?.();
      });
    }
    this.applied = view;
  }

  /** The canvas's accessible name (it names the donor, which can change). */
  setAriaLabel(label: string): void {
    this.map.getCanvas().setAttribute('aria-label', label);
  }

  setLabels(labels: MapLabels): void {
    for (const marker of this.markers) marker.remove();
    this.markers = createLabelMarkers(labels);
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
