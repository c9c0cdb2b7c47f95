import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicReportStatus, ReportStatus } from '@vioc/contracts';
import { PUBLIC_STATUS_COLORS, STATUS_COLORS } from './reportsApi';

export function PublicStatusTag({ status }: { status: PublicReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PUBLIC_STATUS_COLORS[status]} data-testid="report-status">
      {t(`rep.publicStatus.${status}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="report-status">
      {t(`rep.statusName.${status}`)}
    </Tag>
  );
}
