import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PUBLIC_REPORT_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  type PublicReportStatus,
  type ReportStatus,
} from '@vioc/contracts';

export function PublicStatusTag({ status }: { status: PublicReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PUBLIC_REPORT_STATUS_LABELS[status].color} data-testid="report-status">
      {t(`rep.publicStatus.${status}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REPORT_STATUS_LABELS[status].color} data-testid="report-status">
      {t(`rep.statusName.${status}`)}
    </Tag>
  );
}
