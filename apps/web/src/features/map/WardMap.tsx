import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// maplibre 6 starts its worker from a URL next to its own module; once bundled that file moves.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import i18next from 'i18next';
import { Alert } from 'antd';
import type { FeatureCollection } from 'geojson';
import { bboxOf, type BBox, type WardCollection, type WardFeature, type WardProps } from './geo';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The live map, for browser tests. */
    __viocMap?: maplibregl.Map;
  }
}

export interface WardMapHandle {
  /** Zooms to a ward and opens its popup. */
  focus(ward: WardFeature): void;
}

interface Props {
  wards: WardCollection;
  outline: FeatureCollection | null;
  tileUrl: string | null;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called when the map cannot be drawn (no WebGL…); the page shows its fallback. */
  onUnavailable: (reason: string) => void;
  /** True once the map is known not to work: the container stays (tests read it) but takes no room. */
  unavailable?: boolean;
  ref?: Ref<WardMapHandle>;
}

const NONE: maplibregl.FilterSpecification = ['==', ['get', 'id'], ''];
const byId = (id: string | null): maplibregl.FilterSpecification => (id ? ['==', ['get', 'id'], id] : NONE);

function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

function baseStyle(tileUrl: string | null): maplibregl.StyleSpecification {
  const style: maplibregl.StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }],
  };
  if (tileUrl) {
    style.sources.basemap = { type: 'raster', tiles: [tileUrl], tileSize: 256 };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  return style;
}

function popupContent(p: WardProps): HTMLElement {
  const root = document.createElement('div');
  root.dataset.testid = 'ward-popup';
  const title = document.createElement('strong');
  title.textContent = p.fullName;
  const code = document.createElement('div');
  code.textContent = `${i18next.t('map.code')}: ${p.code}`;
  root.append(title, code);
  return root;
}

function boundsOf(box: BBox): maplibregl.LngLatBoundsLike {
  return [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
}

export function WardMap({ wards, outline, tileUrl, selectedId, onSelect, onUnavailable, unavailable, ref }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const popupRef = useRef<maplibregl.Popup | null>(null);
  const callbacks = useRef({ onSelect, onUnavailable });
  callbacks.current = { onSelect, onUnavailable };

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const count = wards.features.length;
    let counted = false;
    const markLoaded = () => {
      if (counted) return;
      counted = true;
      el.dataset.wardCount = String(count);
    };

    if (!webglSupported()) {
      callbacks.current.onUnavailable('WebGL unavailable');
      markLoaded();
      return () => delete el.dataset.wardCount;
    }

    const box = bboxOf([...wards.features, ...(outline?.features ?? [])]);
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: el,
        style: baseStyle(tileUrl),
        ...(box ? { bounds: boundsOf(box), fitBoundsOptions: { padding: 24 } } : { center: [106.1, 11.3], zoom: 8 }),
      });
    } catch (err) {
      el.replaceChildren(); // whatever maplibre added before failing; React renders the notice here
      el.className = '';
      callbacks.current.onUnavailable(err instanceof Error ? err.message : String(err));
      markLoaded();
      return () => delete el.dataset.wardCount;
    }
    mapRef.current = map;
    window.__viocMap = map;
    let removed = false;
    const drop = () => {
      if (removed) return;
      removed = true;
      popupRef.current?.remove();
      popupRef.current = null;
      mapRef.current = null;
      if (window.__viocMap === map) delete window.__viocMap;
      map.remove();
    };
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    map.on('load', () => {
      map.addSource('wards', { type: 'geojson', data: wards });
      map.addSource('province', { type: 'geojson', data: outline ?? { type: 'FeatureCollection', features: [] } });
      const fillOpacity = tileUrl ? 0.15 : 0.3;
      map.addLayer({
        id: 'wards-fill',
        type: 'fill',
        source: 'wards',
        paint: { 'fill-color': '#4c8bd6', 'fill-opacity': fillOpacity },
      });
      map.addLayer({
        id: 'wards-hover',
        type: 'fill',
        source: 'wards',
        filter: NONE,
        paint: { 'fill-color': '#f59e0b', 'fill-opacity': 0.45 },
      });
      map.addLayer({
        id: 'wards-line',
        type: 'line',
        source: 'wards',
        paint: { 'line-color': '#2b5f9e', 'line-width': 0.8 },
      });
      map.addLayer({
        id: 'wards-selected',
        type: 'line',
        source: 'wards',
        filter: NONE,
        paint: { 'line-color': '#d9480f', 'line-width': 3 },
      });
      map.addLayer({
        id: 'province-line',
        type: 'line',
        source: 'province',
        paint: { 'line-color': '#0b3d91', 'line-width': 2.5 },
      });
      if (box) map.fitBounds(boundsOf(box), { padding: 24, animate: false });
    });

    map.on('sourcedata', (e) => {
      if (e.sourceId === 'wards' && e.isSourceLoaded) markLoaded();
    });
    map.once('idle', markLoaded);
    map.on('error', (e) => {
      console.warn('map error', e.error);
      const sourceId = (e as { sourceId?: string }).sourceId;
      if (sourceId === 'basemap' || counted || removed) return; // a missing tile does not break the map
      // the map never got its data drawn: drop it and fall back to the list
      drop();
      el.replaceChildren();
      el.className = '';
      callbacks.current.onUnavailable(e.error?.message ?? 'map error');
      markLoaded();
    });

    map.on('mousemove', 'wards-fill', (e) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      map.setFilter('wards-hover', byId(id ?? null));
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', 'wards-fill', () => {
      map.setFilter('wards-hover', NONE);
      map.getCanvas().style.cursor = '';
    });
    map.on('click', 'wards-fill', (e) => {
      const props = e.features?.[0]?.properties as WardProps | undefined;
      if (!props) return;
      popupRef.current?.remove();
      popupRef.current = new maplibregl.Popup({ maxWidth: '280px' })
        .setLngLat(e.lngLat)
        .setDOMContent(popupContent(props))
        .addTo(map);
      callbacks.current.onSelect(props.id);
    });

    return () => {
      drop();
      delete el.dataset.wardCount;
    };
  }, [wards, outline, tileUrl]);

  // outline the selected ward
  useEffect(() => {
    const map = mapRef.current;
    if (map?.getLayer('wards-selected')) map.setFilter('wards-selected', byId(selectedId));
  }, [selectedId]);

  useImperativeHandle(ref, () => ({
    focus(ward: WardFeature) {
      const map = mapRef.current;
      const box = bboxOf([ward]);
      if (!map || !box) return;
      if (map.getLayer('wards-selected')) map.setFilter('wards-selected', byId(ward.properties.id));
      map.fitBounds(boundsOf(box), { padding: 48, maxZoom: 13 });
      popupRef.current?.remove();
      popupRef.current = new maplibregl.Popup({ maxWidth: '280px' })
        .setLngLat([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2])
        .setDOMContent(popupContent(ward.properties))
        .addTo(map);
    },
  }));

  // Without a map the container stays (tests read its data-ward-count) and holds the notice instead.
  return (
    <div
      id="ward-map"
      ref={containerRef}
      style={unavailable ? { width: '100%' } : { width: '100%', height: '100%', minHeight: 360 }}
    >
      {unavailable && (
        <Alert
          type="warning"
          showIcon
          title={i18next.t('map.noWebglTitle')}
          description={i18next.t('map.noWebgl')}
          data-testid="map-unavailable"
        />
      )}
    </div>
  );
}
