import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Rate, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import type { ReportDto } from './reportsApi';

/** Rating (1–5 + comment) and objection, for the reporter (signed in, or a guest with the token). */
export function ReporterPanel({ report, token, onDone }: { report: ReportDto; token?: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [objecting, setObjecting] = useState(false);
  const [objection, setObjection] = useState('');
  const canRate = report.allowedActions.includes('rate');
  const canObject = report.allowedActions.includes('object');
  const rate = useMutation({
    mutationFn: () =>
      api.post('/api/reports/{id}/rating', {
        params: { path: { id: report.id } },
        body: { stars, comment: comment.trim() || null, ...(token && { token }) },
      }),
    onSuccess: () => {
      void message.success(t('rep.rated'));
      onDone();
    },
  });
  const object = useMutation({
    mutationFn: () =>
      api.post('/api/reports/{id}/objection', {
        params: { path: { id: report.id } },
        body: { text: objection.trim(), ...(token && { token }) },
      }),
    onSuccess: () => {
      setObjecting(false);
      void message.success(t('rep.objectionSent'));
      onDone();
    },
  });
  if (!canRate && !canObject) return null;
  return (
    <Card title={t('rep.rate')} data-testid="reporter-panel">
      {canRate && (
        <Form layout="vertical" onFinish={() => rate.mutate()}>
          <Form.Item label={t('rep.rating')} required>
            <Rate value={stars} onChange={setStars} data-testid="rating-stars" />
          </Form.Item>
          <Form.Item label={t('rep.ratingComment')}>
            <Input.TextArea rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            disabled={stars < 1}
            loading={rate.isPending}
            data-testid="rating-submit"
          >
            {t('rep.sendRating')}
          </Button>
        </Form>
      )}
      {canObject && (
        <Space style={{ marginTop: 12 }}>
          <Button danger onClick={() => setObjecting(true)} data-testid="objection-open">
            {t('rep.object')}
          </Button>
        </Space>
      )}
      <Modal
        open={objecting}
        title={t('rep.object')}
        onCancel={() => setObjecting(false)}
        onOk={() => object.mutate()}
        okButtonProps={{ disabled: objection.trim().length < 3, loading: object.isPending }}
      >
        <Input.TextArea
          rows={4}
          maxLength={2000}
          placeholder={t('rep.objectionText')}
          value={objection}
          onChange={(e) => setObjection(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
