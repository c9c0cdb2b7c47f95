import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Descriptions, Drawer, Input, List, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '@vioc/contracts';
import { api, itemsOf } from '../../../shared/api';
import { formatDateTimeShort } from '../../../shared/format';
import { useIsNarrow } from '../../../shared/hooks';
import type { ReportDto } from '../reportsApi';
import { fromReport, ReportView } from '../ReportView';
import { StatusTag } from '../StatusTag';
import { ActionBar } from './ActionBar';

interface Props {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}

/** The staff view of one report: facts, reporter (when allowed), SOP checklist, comments and actions. */
export function ReportDrawer({ id, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const narrow = useIsNarrow();
  const qc = useQueryClient();
  const [comment, setComment] = useState('');
  const report = useQuery({
    queryKey: ['report', id],
    // enabled only with an id
    queryFn: ({ signal }) => api.get('/api/reports/{id}', { params: { path: { id: id ?? '' } }, signal, silent: true }),
    enabled: !!id,
  });
  const comments = useQuery({
    queryKey: ['report', id, 'comments'],
    queryFn: ({ signal }) =>
      api.get('/api/reports/{id}/comments', { params: { path: { id: id ?? '' } }, signal, silent: true }),
    select: (d) => itemsOf(d),
    enabled: !!id,
  });
  const changed = (r?: ReportDto) => {
    if (r && typeof r === 'object' && 'id' in r) qc.setQueryData(['report', id], r);
    void qc.invalidateQueries({ queryKey: ['report', id] });
    onChanged();
  };
  const tick = useMutation({
    mutationFn: (v: { position: number; done: boolean }) =>
      api.post('/api/reports/{id}/checklist', { params: { path: { id: id ?? '' } }, body: v }),
    onSuccess: changed,
  });
  const send = useMutation({
    mutationFn: () =>
      api.post('/api/reports/{id}/comments', { params: { path: { id: id ?? '' } }, body: { text: comment.trim() } }),
    onSuccess: () => {
      setComment('');
      void comments.refetch();
    },
  });

  const r = report.data;
  const canTick = r?.allowedActions.includes('tick_checklist') ?? false;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={narrow ? '100%' : 760}
      title={r ? `${r.code} — ${r.title}` : ''}
      destroyOnHidden
      data-testid="report-drawer"
    >
      {report.isError ? (
        <Result
          status="404"
          title="404"
          subTitle={t('repOps.notFound')}
          extra={<Button onClick={onClose}>{t('repOps.backToList')}</Button>}
          data-testid="report-drawer-missing"
        />
      ) : !r ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ActionBar report={r} onDone={changed} />
          <Card size="small" title={t('repOps.reporter')}>
            {r.reporter ? (
              <Descriptions size="small" column={1} data-testid="report-reporter">
                <Descriptions.Item label={t('rep.contactName')}>{r.reporter.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('rep.phone')}>{r.reporter.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('rep.email')}>{r.reporter.email ?? '—'}</Descriptions.Item>
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">
                {r.reporterHidden ? t(`repOps.hidden.${r.reporterHidden}`) : '—'}
              </Typography.Text>
            )}
            <div>
              {t('repOps.dueAt')}:{' '}
              <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDateTimeShort(r.dueAt)}</Typography.Text>
            </div>
          </Card>
          {r.checklist.length > 0 && (
            <Card size="small" title={t('repOps.checklist')} data-testid="report-checklist">
              <Space orientation="vertical">
                {r.checklist.map((c) => (
                  <Checkbox
                    key={c.position}
                    checked={!!c.doneAt}
                    disabled={!canTick || tick.isPending}
                    onChange={(e) => tick.mutate({ position: c.position, done: e.target.checked })}
                  >
                    {c.text}
                    {c.doneAt && (
                      <Typography.Text type="secondary">
                        {' '}
                        · {t('repOps.done')} {formatDateTimeShort(c.doneAt)} {c.doneBy ?? ''}
                      </Typography.Text>
                    )}
                  </Checkbox>
                ))}
              </Space>
            </Card>
          )}
          <ReportView
            m={fromReport(
              r,
              <span data-testid="drawer-status" data-status={r.status}>
                <StatusTag status={r.status} />
              </span>,
              (s) => t(`rep.statusName.${s as ReportStatus}`),
            )}
          />
          <Card size="small" title={t('repOps.comments')} data-testid="report-comments">
            <List
              size="small"
              dataSource={comments.data ?? []}
              locale={{ emptyText: t('repOps.noComments') }}
              renderItem={(c) => (
                <List.Item key={c.id}>
                  <div>
                    <Typography.Text strong>{c.authorLabel ?? '—'}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{formatDateTimeShort(c.createdAt)}</Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>
                  </div>
                </List.Item>
              )}
            />
            <Space.Compact style={{ width: '100%', marginTop: 8 }}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={comment}
                maxLength={5000}
                placeholder={t('repOps.commentPh')}
                onChange={(e) => setComment(e.target.value)}
                data-testid="comment-input"
              />
              <Button
                type="primary"
                disabled={!comment.trim()}
                loading={send.isPending}
                onClick={() => send.mutate()}
                data-testid="comment-send"
              >
                {t('repOps.send')}
              </Button>
            </Space.Compact>
          </Card>
        </Space>
      )}
    </Drawer>
  );
}
