import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { bboxOf, type WardCollection } from '../map/geo';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };

export function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** A map of the province with the ward outlines; null when the browser cannot draw it. */
export function createProvinceMap(
  container: HTMLElement,
  wards: WardCollection,
  tileUrl: string | null,
): maplibregl.Map | null {
  if (!webglSupported()) return null;
  const style: maplibregl.StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }],
  };
  if (tileUrl) {
    style.sources.basemap = { type: 'raster', tiles: [tileUrl], tileSize: 256 };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  const box = bboxOf(wards.features);
  let map: maplibregl.Map;
  try {
    map = new maplibregl.Map({
      container,
      style,
      ...(box
        ? {
            bounds: [
              [box[0], box[1]],
              [box[2], box[3]],
            ],
            fitBoundsOptions: { padding: 16 },
          }
        : { center: [106.1, 11.3], zoom: 8 }),
    });
  } catch {
    return null;
  }
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('load', () => {
    map.addSource('wards', { type: 'geojson', data: wards });
    map.addLayer({
      id: 'wards-fill',
      type: 'fill',
      source: 'wards',
      paint: { 'fill-color': '#4c8bd6', 'fill-opacity': tileUrl ? 0.08 : 0.18 },
    });
    map.addLayer({
      id: 'wards-line',
      type: 'line',
      source: 'wards',
      paint: { 'line-color': '#2b5f9e', 'line-width': 0.8 },
    });
  });
  return map;
}
