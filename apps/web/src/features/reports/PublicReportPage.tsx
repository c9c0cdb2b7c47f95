import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PublicReportStatus } from '@vioc/contracts';
import { api } from '../../shared/api';
import { useRealtime } from '../../shared/realtime';
import { isComplete, useSession } from '../../app/session';
import { ReporterPanel } from './ReporterPanel';
import { fromPublic, fromReporter, ReportView } from './ReportView';
import { PublicStatusTag } from './StatusTag';

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
  const label = (s: string) => t(`rep.publicStatus.${s as PublicReportStatus}`);
  // The reporter reads its own view (notes addressed to it, its rating comment), public or not yet.
  const m = mine
    ? fromReporter(mine, <PublicStatusTag status={mine.reporterStatus} />, label)
    : pub.data && fromPublic(pub.data, <PublicStatusTag status={pub.data.status} />, label);
  if (m)
    return (
      <div style={{ maxWidth: 900, margin: '0 auto' }}>
        {back}
        <ReportView m={m} extra={panel} />
      </div>
    );
  return <Result status="404" title="404" subTitle={pub.error?.message ?? t('common.notFound')} extra={back} />;
}
