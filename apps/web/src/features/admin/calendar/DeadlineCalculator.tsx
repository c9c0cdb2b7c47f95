import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, InputNumber, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, type ApiData } from '../../../shared/api';
import { VN_OFFSET } from '@vioc/contracts';
import { formatDateTimeShort, vnWallClock } from '../../../shared/format';
import { MAX_DATE, MIN_DATE } from './calendarApi';

interface Values {
  start: Dayjs;
  days: number;
}

type AddResult = ApiData<'/api/calendar/add'>;

/** "dd/MM/yyyy HH:mm (weekday)" of an instant, in Vietnam time. */
function withWeekday(iso: string): string {
  return `${formatDateTimeShort(iso)} (${dayjs(vnWallClock(iso)).format('dddd')})`;
}

/** GET /api/calendar/add: time received + n working days → the due time. */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddResult | null>(null);

  const submit = async ({ start, days }: Values) => {
    setBusy(true);
    try {
      // The picker shows Vietnam's wall-clock time, whatever the browser's zone.
      const iso = `${start.format('YYYY-MM-DDTHH:mm')}:00${VN_OFFSET}`;
      setResult(await api.get('/api/calendar/add', { params: { query: { start: iso, days } } }));
    } catch {
      setResult(null); // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('calendar.calculator')} size="small" data-testid="deadline-calculator">
      <Typography.Paragraph type="secondary">{t('calendar.calcIntro')}</Typography.Paragraph>
      <Form<Values>
        layout="vertical"
        initialValues={{ start: dayjs(vnWallClock()).second(0), days: 5 }}
        onFinish={submit}
        onValuesChange={() => setResult(null)}
        requiredMark={false}
      >
        <Form.Item name="start" label={t('calendar.start')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="DD/MM/YYYY HH:mm"
            allowClear={false}
            minDate={MIN_DATE}
            maxDate={MAX_DATE}
            style={{ width: '100%' }}
            data-testid="deadline-start"
          />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.days')} rules={[{ required: true, message: t('errors.required') }]}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} data-testid="deadline-days" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<CalculatorOutlined />}
          loading={busy}
          data-testid="deadline-submit"
        >
          {t('calendar.calculate')}
        </Button>
      </Form>
      {result && (
        <Descriptions
          style={{ marginTop: 16 }}
          size="small"
          column={1}
          bordered
          data-testid="deadline-result"
          items={[
            { key: 'countsFrom', label: t('calendar.countsFrom'), children: withWeekday(result.countsFrom) },
            {
              key: 'due',
              label: t('calendar.due'),
              children: <b data-testid="deadline-due">{withWeekday(result.due)}</b>,
            },
          ]}
        />
      )}
    </Card>
  );
}
