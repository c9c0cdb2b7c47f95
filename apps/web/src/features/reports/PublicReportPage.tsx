import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PublicReportStatus, ReportStatus } from '@vioc/contracts';
import { api } from '../../shared/api';
import { useRealtime } from '../../shared/realtime';
import { isComplete, useSession } from '../../app/session';
import { ReporterPanel } from './ReporterPanel';
import { fromPublic, fromReport, ReportView } from './ReportView';
import { PublicStatusTag, StatusTag } from './StatusTag';

/** The public page of a report; the signed-in reporter also sees it before it is public, and may rate it. */
export function PublicReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const signedIn = isComplete(session.data);
  const pub = useQuery({
    queryKey: ['public-report', id],
    queryFn: ({ signal }) => api.get('/api/public/reports/{id}', { params: { path: { id } }, signal, silent: true }),
    retry: false,
  });
  const own = useQuery({
    queryKey: ['report', id],
    queryFn: ({ signal }) => api.get('/api/reports/{id}', { params: { path: { id } }, signal, silent: true }),
    enabled: signedIn,
    retry: false,
  });
  useRealtime(['reports'], () => {
    void pub.refetch();
    if (signedIn) void own.refetch();
  });
  const refresh = () => {
    void pub.refetch();
    void own.refetch();
  };

  const back = (
    <Link to="/public/reports">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('rep.back')}
      </Button>
    </Link>
  );
  if (pub.isPending || (signedIn && own.isPending)) return <Spin />;
  const mine = own.data && own.data.reporter?.userId === session.data?.user.id ? own.data : null;
  const panel = mine ? <ReporterPanel report={mine} onDone={refresh} /> : null;
  if (pub.data) {
    const m = fromPublic(pub.data, <PublicStatusTag status={pub.data.status} />, (s) =>
      t(`rep.publicStatus.${s as PublicReportStatus}`),
    );
    return (
      <div style={{ maxWidth: 900, margin: '0 auto' }}>
        {back}
        <ReportView m={m} extra={panel} />
      </div>
    );
  }
  if (mine) {
    const m = fromReport(mine, <StatusTag status={mine.status} />, (s) => t(`rep.statusName.${s as ReportStatus}`));
    return (
      <div style={{ maxWidth: 900, margin: '0 auto' }}>
        {back}
        <ReportView m={m} extra={panel} />
      </div>
    );
  }
  return <Result status="404" title="404" subTitle={pub.error?.message ?? t('common.notFound')} extra={back} />;
}
