import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicReportStatus } from '@vioc/contracts';
import { api } from '../../shared/api';
import { ReporterPanel } from './ReporterPanel';
import { fromReporter, ReportView } from './ReportView';
import { PublicStatusTag } from './StatusTag';

/** A guest follows (and rates) a report with its code and tracking token. */
export function TrackPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const token = params.get('token') ?? '';
  const report = useQuery({
    queryKey: ['track', code, token],
    queryFn: ({ signal }) => api.get('/api/reports/track', { params: { query: { code, token } }, signal }),
    enabled: !!code && !!token,
    retry: false,
  });
  return (
    <div style={{ maxWidth: 900, margin: '0 auto' }}>
      <Card title={t('rep.track')} style={{ marginBottom: 16 }}>
        <Form
          layout="vertical"
          initialValues={{ code, token }}
          onFinish={(v: { code: string; token: string }) => setParams({ code: v.code.trim(), token: v.token.trim() })}
        >
          <Form.Item name="code" label={t('rep.trackCode')} rules={[{ required: true, message: t('errors.required') }]}>
            <Input data-testid="track-code" />
          </Form.Item>
          <Form.Item
            name="token"
            label={t('rep.trackToken')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input data-testid="track-token" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="track-submit">
            {t('rep.trackSubmit')}
          </Button>
        </Form>
      </Card>
      {report.isFetching && !report.data && <Spin />}
      {report.data && (
        <ReportView
          m={fromReporter(report.data, <PublicStatusTag status={report.data.reporterStatus} />, (s) =>
            t(`rep.publicStatus.${s as PublicReportStatus}`),
          )}
          extra={<ReporterPanel report={report.data} token={token} onDone={() => void report.refetch()} />}
        />
      )}
    </div>
  );
}
