import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection, Point as GeoPoint } from 'geojson';
import type { WardCollection } from '../map/geo';
import { createProvinceMap, type maplibregl } from './mapBase';
import { PUBLIC_REPORT_STATUS_LABELS } from '@vioc/contracts';
import type { MapPoint } from './reportsApi';

interface Props {
  wards: WardCollection;
  tileUrl: string | null;
  points: MapPoint[];
  onOpen: (id: string) => void;
}

function toGeoJson(points: MapPoint[]): FeatureCollection<GeoPoint> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, status: p.status },
    })),
  };
}

const COLOR: maplibregl.ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(PUBLIC_REPORT_STATUS_LABELS).flatMap(([status, { color }]) => [status, color]),
  '#888888',
] as unknown as maplibregl.ExpressionSpecification;

/** Public report points, clustered, coloured by status; a click on a point opens the report. */
export function PointsMap({ wards, tileUrl, points, onOpen }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const dataRef = useRef(points);
  dataRef.current = points;
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const map = createProvinceMap(el, wards, tileUrl);
    if (!map) {
      setUnavailable(true);
      return;
    }
    mapRef.current = map;
    map.on('load', () => {
      map.addSource('reports', {
        type: 'geojson',
        data: toGeoJson(dataRef.current),
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: 14,
      });
      map.addLayer({
        id: 'clusters',
        type: 'circle',
        source: 'reports',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#0b3d91',
          'circle-opacity': 0.8,
          'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
        },
      });
      map.addLayer({
        id: 'cluster-count',
        type: 'symbol',
        source: 'reports',
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 12 },
        paint: { 'text-color': '#ffffff' },
      });
      map.addLayer({
        id: 'points',
        type: 'circle',
        source: 'reports',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': COLOR, 'circle-radius': 7, 'circle-stroke-width': 2, 'circle-stroke-color': '#fff' },
      });
      el.dataset.pointCount = String(dataRef.current.length);
    });
    map.on('click', 'points', (e) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      if (id) openRef.current(id);
    });
    map.on('click', 'clusters', (e) => {
      const f = e.features?.[0];
      if (f?.geometry.type === 'Point')
        map.easeTo({ center: f.geometry.coordinates as [number, number], zoom: map.getZoom() + 2 });
    });
    for (const layer of ['points', 'clusters']) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, [wards, tileUrl]);

  useEffect(() => {
    const source = mapRef.current?.getSource('reports') as maplibregl.GeoJSONSource | undefined;
    source?.setData(toGeoJson(points));
    if (ref.current && source) ref.current.dataset.pointCount = String(points.length);
  }, [points]);

  if (unavailable) return <Alert type="warning" showIcon title={t('map.noWebglTitle')} />;
  return <div ref={ref} data-testid="reports-map" style={{ width: '100%', height: '100%', minHeight: 320 }} />;
}
