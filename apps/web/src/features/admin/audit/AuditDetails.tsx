import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '@vioc/contracts';

function json(value: unknown): string {
  if (value === undefined || value === null) return '—';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** The expanded row: who/where details and the before/after snapshots. */
export function AuditDetails({ entry }: { entry: AuditEntryDto }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <div data-testid="audit-details">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'actorId', label: t('audit.actorId'), children: entry.actorId ?? none },
          {
            key: 'target',
            label: t('audit.target'),
            children: [entry.targetType, entry.targetId].filter(Boolean).join(' · ') || none,
          },
          { key: 'unit', label: t('audit.unit'), children: entry.unitId ?? none },
          { key: 'ua', label: t('audit.userAgent'), children: entry.userAgent ?? none },
        ]}
      />
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre className="vioc-json" data-testid="audit-before">
            {json(entry.before)}
          </pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre className="vioc-json" data-testid="audit-after">
            {json(entry.after)}
          </pre>
        </Col>
      </Row>
    </div>
  );
}
