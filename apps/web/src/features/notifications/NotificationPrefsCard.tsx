import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { CHANNELS, NOTIFY_KEYS, type Channel, type PreferencesDto } from './notificationsApi';

type Category = PreferencesDto['categories'][number];
type Draft = Record<string, Channel[]>;

function sameChannels(a: readonly Channel[], b: readonly Channel[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** GET/PUT /api/notifications/preferences: channels per category; locked categories cannot change. */
export function NotificationPrefsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>({});
  const [busy, setBusy] = useState(false);

  const prefs = useQuery({
    queryKey: NOTIFY_KEYS.preferences,
    queryFn: ({ signal }) => api.get('/api/notifications/preferences', { signal }),
  });
  const data = prefs.data;
  const available = new Set<Channel>(data?.available ?? ['inbox']);
  const current = (c: Category): Channel[] => draft[c.key] ?? c.channels;
  const changed = (data?.categories ?? []).filter((c) => !c.locked && !sameChannels(current(c), c.channels));

  const toggle = (c: Category, channel: Channel, on: boolean) => {
    const next = on ? [...current(c), channel] : current(c).filter((x) => x !== channel);
    setDraft((d) => ({ ...d, [c.key]: CHANNELS.filter((x) => next.includes(x)) }));
  };

  const save = async () => {
    setBusy(true);
    try {
      const categories = Object.fromEntries(changed.map((c) => [c.key, current(c)]));
      const saved = await api.put('/api/notifications/preferences', { body: { categories } });
      qc.setQueryData(NOTIFY_KEYS.preferences, saved);
      setDraft({});
      void message.success(t('notifications.prefsSaved'));
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<Category> = [
    {
      key: 'category',
      title: t('notifications.category'),
      render: (_, c) => (
        <span>
          {c.label[lang]}
          {c.locked && (
            <Tooltip title={t('notifications.lockedHint')}>
              <Tag icon={<LockOutlined />} style={{ marginInlineStart: 8 }}>
                {t('notifications.locked')}
              </Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    ...CHANNELS.map((channel) => ({
      key: channel,
      align: 'center' as const,
      width: 110,
      title: (
        <Tooltip title={available.has(channel) ? undefined : t('notifications.channelUnavailable')}>
          <span style={{ whiteSpace: 'nowrap' }}>{t(`notifications.channels.${channel}`)}</span>
        </Tooltip>
      ),
      render: (_: unknown, c: Category) => (
        <Checkbox
          checked={current(c).includes(channel)}
          disabled={c.locked || !available.has(channel)}
          onChange={(e) => toggle(c, channel, e.target.checked)}
          aria-label={`${c.label[lang]} – ${t(`notifications.channels.${channel}`)}`}
          data-testid={`notif-pref-${c.key}-${channel}`}
        />
      ),
    })),
  ];

  const missing = CHANNELS.filter((c) => !available.has(c)).map((c) => t(`notifications.channels.${c}`));

  return (
    <Card title={t('notifications.prefsTitle')} data-testid="notif-prefs">
      {prefs.isPending ? (
        <Skeleton active />
      ) : !data ? (
        <Alert type="error" showIcon title={t('errors.unknown')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('notifications.prefsIntro')}</Typography.Paragraph>
          <Table<Category>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={data.categories}
            columns={columns}
            scroll={{ x: 560 }}
          />
          {missing.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
              {t('notifications.unavailableNote', { channels: missing.join(', ') })}
            </Typography.Paragraph>
          )}
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <Button
              type="primary"
              disabled={changed.length === 0}
              loading={busy}
              onClick={() => void save()}
              data-testid="notif-prefs-save"
            >
              {t('common.save')}
            </Button>
            <Button disabled={Object.keys(draft).length === 0 || busy} onClick={() => setDraft({})}>
              {t('common.reset')}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
