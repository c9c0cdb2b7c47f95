import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WardCollection } from '../map/geo';
import { createProvinceMap, maplibregl } from './mapBase';

export interface Point {
  lat: number;
  lon: number;
}

interface Props {
  wards: WardCollection;
  tileUrl: string | null;
  value: Point | null;
  /** Without it the map only shows the point (read-only). */
  onPick?: (p: Point) => void;
  height?: number | string;
  testId?: string;
}

/** The province map with ward outlines; a click picks a point, shown with a marker. */
export function PickMap({ wards, tileUrl, value, onPick, height = 320, testId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markerRef = useRef<maplibregl.Marker | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
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
    map.on('click', (e) => pickRef.current?.({ lat: e.lngLat.lat, lon: e.lngLat.lng }));
    // The picking map is exposed to browser tests (like the ward map), which click a place by its coordinates.
    const picking = !!pickRef.current;
    if (picking) {
      map.getCanvas().style.cursor = 'crosshair';
      window.__viocMap = map;
    }
    map.once('load', () => (el.dataset.ready = '1'));
    return () => {
      delete el.dataset.ready;
      markerRef.current = null;
      mapRef.current = null;
      if (picking && window.__viocMap === map) delete window.__viocMap;
      map.remove();
    };
  }, [wards, tileUrl]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!value) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    if (!markerRef.current) markerRef.current = new maplibregl.Marker({ color: '#d9480f' });
    markerRef.current.setLngLat([value.lon, value.lat]).addTo(map);
    if (!map.getBounds().contains([value.lon, value.lat])) map.easeTo({ center: [value.lon, value.lat], zoom: 13 });
  }, [value, wards, tileUrl]);

  if (unavailable) return <Alert type="warning" showIcon title={t('map.noWebglTitle')} data-testid={testId} />;
  return <div ref={ref} data-testid={testId} style={{ width: '100%', height, borderRadius: 8, overflow: 'hidden' }} />;
}
