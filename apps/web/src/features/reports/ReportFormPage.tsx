import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Space, Switch, TreeSelect, Typography, message } from 'antd';
import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SubmitReportBody } from '@vioc/contracts';
import { api, type ApiData } from '../../shared/api';
import { isComplete, useSession } from '../../app/session';
import { categoryTree, newUuid, useCategories, useWards, type UploadedFile } from './reportsApi';
import { PickMap, type Point } from './PickMap';
import { PhotoField } from './PhotoField';

interface Values {
  categoryId: string;
  title: string;
  description: string;
  address?: string;
  anonymous?: boolean;
  confidential?: boolean;
  name?: string;
  phone?: string;
  email?: string;
}

type Submitted = ApiData<'/api/reports', 'post'>;

type Place = Point & { source: 'map' | 'gps' | 'exif' };

const PHONE = /^\+?[0-9 ().-]{8,20}$/;

/** Citizen report form, open to guests; one Idempotency-Key per form instance (resent on retry). */
export function ReportFormPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signedIn = isComplete(session.data);
  const [form] = Form.useForm<Values>();
  const categories = useCategories();
  const { wards, tileUrl, pending } = useWards();
  const [place, setPlace] = useState<Place | null>(null);
  const [placeError, setPlaceError] = useState(false);
  const [photos, setPhotos] = useState<UploadedFile[]>([]);
  const [done, setDone] = useState<Submitted | null>(null);
  const [locating, setLocating] = useState(false);
  const idemKey = useRef(newUuid());
  const tree = useMemo(() => categoryTree(categories.data ?? [], i18n.language), [categories.data, i18n.language]);
  const exif = photos.find((p) => p.gps)?.gps ?? null;

  const submit = useMutation({
    mutationFn: (body: SubmitReportBody) =>
      api.post('/api/reports', { params: { header: { 'idempotency-key': idemKey.current } }, body }),
    onSuccess: (res) => setDone(res),
  });

  const pick = (p: Point, source: Place['source']) => {
    setPlace({ ...p, source });
    setPlaceError(false);
  };

  const locate = () => {
    if (!navigator.geolocation) return void message.error(t('rep.gpsFailed'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        pick({ lat: pos.coords.latitude, lon: pos.coords.longitude }, 'gps');
      },
      () => {
        setLocating(false);
        void message.error(t('rep.gpsFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const onFinish = (v: Values) => {
    if (!place) return setPlaceError(true);
    const contact = {
      name: v.name?.trim() || null,
      phone: v.phone?.trim() || null,
      email: v.email?.trim() || null,
    };
    submit.mutate({
      categoryId: v.categoryId,
      title: v.title.trim(),
      description: v.description.trim(),
      location: { lat: place.lat, lon: place.lon, address: v.address?.trim() || null, source: place.source },
      fileIds: photos.filter((p) => !p.token).map((p) => p.id),
      photos: photos.flatMap((p) => (p.token ? [{ id: p.id, token: p.token }] : [])),
      anonymous: !!v.anonymous,
      confidential: !!v.confidential,
      ...(contact.name || contact.phone || contact.email ? { contact } : {}),
    });
  };

  if (done) {
    return (
      <Card style={{ maxWidth: 720, margin: '0 auto' }}>
        <Result
          status="success"
          title={t('rep.sent')}
          subTitle={
            <Space orientation="vertical">
              <span>
                {t('rep.codeLabel')}:{' '}
                <Typography.Text strong copyable data-testid="report-code">
                  {done.report.code}
                </Typography.Text>
              </span>
              {done.trackingToken && (
                <>
                  <span>
                    {t('rep.tokenLabel')}:{' '}
                    <Typography.Text strong copyable data-testid="report-token">
                      {done.trackingToken}
                    </Typography.Text>
                  </span>
                  <Alert type="warning" showIcon title={t('rep.tokenAdvice')} />
                </>
              )}
            </Space>
          }
          extra={[
            <Link
              key="view"
              data-testid="report-link"
              to={
                done.trackingToken
                  ? `/reports/track?code=${encodeURIComponent(done.report.code)}&token=${encodeURIComponent(done.trackingToken)}`
                  : `/public/reports/${done.report.id}`
              }
            >
              <Button type="primary">{t('rep.viewReport')}</Button>
            </Link>,
            <Button key="again" onClick={() => window.location.reload()}>
              {t('rep.another')}
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const phoneOrEmail = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async () => {
      if (signedIn) return;
      const phone = String(getFieldValue('phone') ?? '').trim();
      const email = String(getFieldValue('email') ?? '').trim();
      if (!phone && !email) throw new Error(t('rep.contactRequired'));
    },
  });

  return (
    <Card title={t('rep.newTitle')} style={{ maxWidth: 820, margin: '0 auto' }}>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" scrollToFirstError>
        <Form.Item
          name="categoryId"
          label={t('rep.category')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <TreeSelect
            data-testid="report-category"
            treeData={tree}
            placeholder={t('rep.categoryPh')}
            loading={categories.isPending}
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('rep.title')}
          rules={[
            { required: true, whitespace: true, message: t('errors.required') },
            { min: 3, message: t('rep.titleMin') },
          ]}
        >
          <Input data-testid="report-title" maxLength={200} placeholder={t('rep.titlePh')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('rep.description')}
          rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
        >
          <Input.TextArea
            data-testid="report-description"
            rows={4}
            maxLength={5000}
            showCount
            placeholder={t('rep.descriptionPh')}
          />
        </Form.Item>
        <Form.Item
          label={t('rep.place')}
          required
          validateStatus={placeError ? 'error' : undefined}
          help={
            placeError
              ? t('rep.placeRequired')
              : place
                ? t('rep.placeChosen', { lat: place.lat.toFixed(5), lon: place.lon.toFixed(5) })
                : t('rep.placeHelp')
          }
        >
          <Space wrap style={{ marginBottom: 8 }}>
            <Button icon={<AimOutlined />} onClick={locate} loading={locating} data-testid="report-gps">
              {t('rep.useGps')}
            </Button>
            {exif && (
              <Button icon={<EnvironmentOutlined />} onClick={() => pick(exif, 'exif')} data-testid="report-exif">
                {t('rep.useExif')}
              </Button>
            )}
          </Space>
          {pending ? null : (
            <PickMap wards={wards} tileUrl={tileUrl} value={place} onPick={(p) => pick(p, 'map')} testId="report-map" />
          )}
        </Form.Item>
        <Form.Item name="address" label={t('rep.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('rep.photos')} extra={signedIn ? undefined : t('rep.photosGuest')}>
          <PhotoField value={photos} onChange={setPhotos} guest={!signedIn} />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked" label={t('rep.anonymous')} extra={t('rep.anonymousHelp')}>
          <Switch data-testid="report-anonymous" />
        </Form.Item>
        <Form.Item
          name="confidential"
          valuePropName="checked"
          label={t('rep.confidential')}
          extra={t('rep.confidentialHelp')}
        >
          <Switch data-testid="report-confidential" />
        </Form.Item>
        {!signedIn && (
          <Card size="small" title={t('rep.contact')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('rep.contactHelp')}</Typography.Paragraph>
            <Form.Item name="name" label={t('rep.contactName')}>
              <Input maxLength={200} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('rep.phone')}
              dependencies={['email']}
              rules={[phoneOrEmail, { pattern: PHONE, message: t('rep.invalidPhone') }]}
            >
              <Input data-testid="report-contact-phone" inputMode="tel" autoComplete="tel" />
            </Form.Item>
            <Form.Item name="email" label={t('rep.email')} rules={[{ type: 'email', message: t('rep.invalidEmail') }]}>
              <Input data-testid="report-contact-email" inputMode="email" autoComplete="email" />
            </Form.Item>
          </Card>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={submit.isPending}
          data-testid="report-submit"
        >
          {t('rep.submit')}
        </Button>
      </Form>
    </Card>
  );
}
