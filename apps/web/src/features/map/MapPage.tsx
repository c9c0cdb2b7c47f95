import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicConfig } from '../../shared/publicConfig';
import { useIsNarrow } from '../../shared/hooks';
import {
  asCollection,
  fetchOutline,
  fetchWardOutlines,
  wardFeatures,
  type WardCollection,
  type WardFeature,
} from './geo';
import { WardList } from './WardList';
import { WardMap, type WardMapHandle } from './WardMap';

/** The province's wards and communes on a MapLibre map, with a searchable list beside it. */
export function MapPage() {
  const { t } = useTranslation();
  const config = usePublicConfig();
  const provinceId = config.data?.provinceUnitId ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);
  const mapHandle = useRef<WardMapHandle>(null);
  const narrow = useIsNarrow();

  const children = useQuery({
    queryKey: ['geo', provinceId, 'children'],
    queryFn: ({ signal }) => fetchWardOutlines(provinceId ?? '', signal),
    enabled: !!provinceId,
    staleTime: Infinity,
  });
  const province = useQuery({
    queryKey: ['geo', provinceId],
    queryFn: ({ signal }) => fetchOutline(provinceId ?? '', signal),
    enabled: !!provinceId,
    staleTime: Infinity,
  });

  const wards = useMemo<WardFeature[]>(() => wardFeatures(children.data), [children.data]);
  const collection = useMemo<WardCollection>(() => ({ type: 'FeatureCollection', features: wards }), [wards]);
  const outline = useMemo(() => (province.data ? asCollection(province.data) : null), [province.data]);
  const outlineSettled = !province.isPending || province.isError;

  const pick = (ward: WardFeature) => {
    setSelectedId(ward.properties.id);
    mapHandle.current?.focus(ward);
  };

  if (config.isPending) return <Spin />;
  if (!provinceId) return <Alert type="warning" showIcon title={t('map.noProvince')} />;

  const ready = children.isSuccess && outlineSettled;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16} xl={17}>
        <Card
          styles={{
            body: {
              padding: 0,
              height: unavailable ? 'auto' : narrow ? '60vh' : 'calc(100vh - 180px)',
              minHeight: unavailable ? 0 : 360,
            },
          }}
        >
          {ready ? (
            <WardMap
              ref={mapHandle}
              wards={collection}
              outline={outline}
              tileUrl={config.data?.mapTileUrl ?? null}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onUnavailable={setUnavailable}
              unavailable={!!unavailable}
            />
          ) : (
            <div style={{ display: 'grid', placeItems: 'center', height: '100%', minHeight: 120 }}>
              {children.isError ? <Alert type="error" showIcon title={children.error.message} /> : <Spin />}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8} xl={7}>
        <Card
          title={
            <Typography.Text strong data-testid="ward-count">
              {t('map.wardCount', { count: wards.length })}
            </Typography.Text>
          }
          extra={<Typography.Text type="secondary">{t('map.title')}</Typography.Text>}
        >
          <WardList wards={wards} selectedId={selectedId} onPick={pick} />
        </Card>
      </Col>
    </Row>
  );
}
