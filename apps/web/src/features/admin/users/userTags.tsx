import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@vioc/contracts';
import { formatDateTime } from '../../../shared/format';

export function isLocked(user: UserDto): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();
}

const STATUS_COLORS: Record<UserDto['status'], string> = { pending: 'gold', active: 'green', disabled: 'default' };

/** Status, temporary lock and 2FA of an account, as tags. */
export function StatusTag({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  return (
    <Space size={2} wrap>
      <Tag color={STATUS_COLORS[user.status]}>{t(`users.statuses.${user.status}`)}</Tag>
      {isLocked(user) && <Tag color="red">{t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}</Tag>}
      {user.totpEnabled && <Tag color="cyan">{t('users.twoFactor')}</Tag>}
    </Space>
  );
}
