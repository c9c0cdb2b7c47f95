import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HUMAN_ROLES } from '@vioc/contracts';
import { api } from '../../shared/api';
import { hasAnyRole, roleLabel } from '../../shared/roles';
import { NotificationPrefsCard } from '../notifications/NotificationPrefsCard';
import { useApplySession, useSession } from '../../app/session';
import { ChangePasswordCard } from './ChangePasswordCard';
import { TotpCard } from './TotpCard';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const session = useSession().data;
  if (!session) return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { user } = session;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <Card title={t('account.profile')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('account.fullName'), children: user.fullName },
            { key: 'username', label: t('account.username'), children: user.username ?? t('common.none') },
            { key: 'email', label: t('account.email'), children: user.email ?? t('common.none') },
            {
              key: 'roles',
              label: t('overview.role'),
              children: session.roles.map((r) => <Tag key={r}>{roleLabel(r, lang)}</Tag>),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ChangePasswordCard />
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <TotpCard enabled={user.totpEnabled} />
            <SessionsCard />
          </Space>
        </Col>
      </Row>
      {hasAnyRole(session.roles, HUMAN_ROLES) && <NotificationPrefsCard />}
    </Space>
  );
}

function SessionsCard() {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const signOutAll = async () => {
    setBusy(true);
    try {
      await api.post('/api/auth/sign-out-all');
      applySession(null);
      navigate('/login', { replace: true });
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('account.sessions')}>
      <Popconfirm
        title={t('account.signOutAllConfirm')}
        okText={t('common.yes')}
        cancelText={t('common.no')}
        onConfirm={signOutAll}
      >
        <Button danger loading={busy} data-testid="sign-out-all">
          {t('account.signOutAll')}
        </Button>
      </Popconfirm>
    </Card>
  );
}
