import type { ReactNode } from 'react';
import { Card, Descriptions, Image, Rate, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../shared/format';
import { PickMap } from './PickMap';
import { useWards, type PublicReportDto, type ReportDto } from './reportsApi';

export interface ViewModel {
  code: string;
  title: string;
  status: ReactNode;
  categoryName: string;
  areaUnitName: string;
  unitName: string | null;
  description: string;
  createdAt: string;
  location: { lat: number; lon: number; address: string | null };
  media: { id: string; url: string; thumbnailUrl: string | null }[];
  timeline: { at: string; label: string; unitName: string | null; note?: string | null }[];
  answer: { text: string; at: string | null } | null;
  stars: number | null;
  /** The reporter's own rating: its comment is shown back to them (the public sees the stars only). */
  ownRating?: { comment: string | null; at: string } | null;
}

export function fromPublic(r: PublicReportDto, status: ReactNode, label: (s: string) => string): ViewModel {
  return {
    ...r,
    status,
    categoryName: r.category.name,
    unitName: r.assignedUnitName,
    timeline: r.timeline.map((e) => ({ at: e.at, label: label(e.status), unitName: e.unitName })),
    answer: r.answer && { text: r.answer.text, at: r.answer.publishedAt },
    stars: r.rating?.stars ?? null,
  };
}

/**
 * The report as its reporter reads it: the public vocabulary (reporterStatus,
 * one entry per public step, already collapsed by the server), the notes
 * addressed to them, and their own rating with its comment.
 */
export function fromReporter(r: ReportDto, status: ReactNode, label: (s: string) => string): ViewModel {
  return {
    ...fromReport(r, status, label),
    timeline: r.timeline.map((e) => ({ at: e.at, label: label(e.publicStatus), unitName: e.unitName, note: e.note })),
    ownRating: r.rating && { comment: r.rating.comment, at: r.rating.at },
  };
}

export function fromReport(r: ReportDto, status: ReactNode, label: (s: string) => string): ViewModel {
  return {
    ...r,
    status,
    categoryName: r.category.name,
    areaUnitName: r.areaUnit.name,
    unitName: r.assignedUnit?.name ?? null,
    timeline: r.timeline.map((e) => ({
      at: e.at,
      label: [label(e.toStatus), e.actorLabel].filter(Boolean).join(' · '),
      unitName: e.unitName,
      note: e.note,
    })),
    answer: r.answer && { text: r.answer.text, at: r.answer.publishedAt ?? r.answer.draftedAt },
    stars: r.rating?.stars ?? null,
  };
}

/** The stars; for the reporter, its own comment and when it rated. */
function RatingCard({ stars, own }: { stars: number; own: ViewModel['ownRating'] | null }) {
  const { t } = useTranslation();
  return (
    <Card title={own ? t('rep.yourRating') : t('rep.rating')}>
      <Rate disabled value={stars} data-testid="report-rating" />
      {own && (
        <div style={{ marginTop: 8 }}>
          {own.comment && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="report-rating-comment">
              {own.comment}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary">{formatDateTimeShort(own.at)}</Typography.Text>
        </div>
      )}
    </Card>
  );
}

/** One report: facts, photos, map point, timeline, answer and rating. */
export function ReportView({ m, extra }: { m: ViewModel; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { wards, tileUrl, pending } = useWards();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap size={6}>
          {m.status}
          <Typography.Text type="secondary" data-testid="report-view-code">
            {m.code}
          </Typography.Text>
        </Space>
        <Typography.Title level={4} style={{ marginTop: 8 }} data-testid="report-view-title">
          {m.title}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.description}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('rep.category')}>{m.categoryName}</Descriptions.Item>
          <Descriptions.Item label={t('rep.ward')}>{m.areaUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('rep.unit')}>{m.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rep.createdAt')}>{formatDateTimeShort(m.createdAt)}</Descriptions.Item>
          {m.location.address && <Descriptions.Item label={t('rep.address')}>{m.location.address}</Descriptions.Item>}
        </Descriptions>
        {m.media.length > 0 && (
          <Image.PreviewGroup>
            <Space wrap style={{ marginTop: 8 }} data-testid="report-media">
              {m.media.map((f) => (
                <Image
                  key={f.id}
                  src={f.thumbnailUrl ?? f.url}
                  preview={{ src: f.url }}
                  width={104}
                  height={104}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        )}
      </Card>
      {!pending && (
        <Card styles={{ body: { padding: 0 } }}>
          <PickMap wards={wards} tileUrl={tileUrl} value={m.location} height={260} />
        </Card>
      )}
      {m.answer && (
        <Card title={t('rep.answer')} data-testid="report-answer">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.answer.text}</Typography.Paragraph>
          {m.answer.at && <Typography.Text type="secondary">{formatDateTimeShort(m.answer.at)}</Typography.Text>}
        </Card>
      )}
      {m.stars !== null && <RatingCard stars={m.stars} own={m.ownRating ?? null} />}
      <Card title={t('rep.timeline')}>
        <Timeline
          data-testid="report-timeline"
          items={m.timeline.map((e, i) => ({
            key: i,
            content: (
              <div data-testid="timeline-step">
                <Typography.Text strong>{formatDateTimeShort(e.at)}</Typography.Text> — {e.label}
                {e.unitName && <Typography.Text type="secondary"> · {e.unitName}</Typography.Text>}
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      {extra}
    </Space>
  );
}
