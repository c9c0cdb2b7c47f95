import { Fragment, Suspense } from 'react';
import { Card, Descriptions, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '@vioc/contracts';
import { useSession } from '../../app/session';
import { useWebModules } from '../../app/useWebModules';
import { hasAnyRole, roleLabel } from '../../shared/roles';
import { formatDateTime } from '../../shared/format';

type Membership = SessionDto['memberships'][number];

/**
 * Tổng quan: the switched-on modules' cards for the person's roles (each role on its own work); the profile
 * card when no module brings any (a citizen, an administrator, or the modules switched off).
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const modules = useWebModules();
  if (!session) return null;
  const cards = modules.filter((m) => m.overview && hasAnyRole(session.roles, m.overview.roles));
  if (cards.length === 0) return <ProfileOverview />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ marginBottom: 0 }} data-testid="overview-greeting">
        {t('overview.greeting', { name: session.user.fullName })}
      </Typography.Title>
      <Suspense fallback={<Spin />}>
        {cards.map((m) => (
          <Fragment key={m.name}>{m.overview?.element}</Fragment>
        ))}
      </Suspense>
    </Space>
  );
}

function ProfileOverview() {
  const { t, i18n } = useTranslation();
  const session = useSession().data;
  if (!session) return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const accountType = session.user.accountType;
  const accountTypeLabel =
    accountType === 'staff' || accountType === 'citizen' || accountType === 'business'
      ? t(`accountTypes.${accountType}`)
      : accountType;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="overview-profile">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="overview-greeting">
          {t('overview.greeting', { name: session.user.fullName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('overview.intro')}</Typography.Text>
      </div>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'type', label: t('overview.accountType'), children: accountTypeLabel },
            {
              key: 'roles',
              label: t('overview.role'),
              children: session.roles.length
                ? session.roles.map((r) => <Tag key={r}>{roleLabel(r, lang)}</Tag>)
                : t('common.none'),
            },
            { key: 'expires', label: t('overview.sessionExpires'), children: formatDateTime(session.expiresAt) },
          ]}
        />
      </Card>
      <Card title={t('overview.memberships')}>
        {session.memberships.length === 0 ? (
          <Empty description={t('overview.noMemberships')} />
        ) : (
          <Table<Membership>
            data-testid="overview-memberships"
            size="middle"
            pagination={false}
            rowKey={(m) => `${m.unitId}:${m.role}`}
            dataSource={session.memberships}
            columns={[
              { key: 'unit', title: t('overview.unit'), dataIndex: 'unitName' },
              {
                key: 'role',
                title: t('overview.role'),
                render: (_, m) => <Tag color="blue">{roleLabel(m.role, lang)}</Tag>,
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
