import { Link } from 'react-router';
import { Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '@vioc/contracts';
import { formatDateTime } from '../../../shared/format';
import { useWebModules } from '../../../app/useWebModules';
import { linkOf } from '../../../app/webModules';
import { describeAction, describeTarget } from './auditActions';

const OUTCOME_COLORS: Record<AuditEntryDto['outcome'], string> = { ok: 'green', denied: 'orange', failed: 'red' };

/** The audit table's columns: the action and its target in words, the target linked to its page when it has one. */
export function useAuditColumns(): TableColumnsType<AuditEntryDto> {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const modules = useWebModules();
  return [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 90 },
    {
      key: 'at',
      title: t('audit.time'),
      width: 170,
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      // No actor: a request from outside (it has an address) was a guest's; otherwise the server's own work.
      render: (_, e) => e.actorLabel ?? e.actorId ?? <i>{e.ip ? t('audit.guest') : t('audit.system')}</i>,
    },
    {
      key: 'action',
      title: t('audit.action'),
      // The words first; the code stays one hover away (and in the filter) for whoever searches by it.
      render: (_, e) => (
        <Tooltip title={e.action}>
          <span data-testid="audit-action" data-code={e.action}>
            {describeAction(e.action, lang)}
          </span>
        </Tooltip>
      ),
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      render: (_, e) => <Tag color={OUTCOME_COLORS[e.outcome]}>{t(`audit.outcomes.${e.outcome}`)}</Tag>,
    },
    {
      key: 'target',
      title: t('audit.target'),
      render: (_, e) => {
        if (!e.targetType) return t('common.none');
        const text = `${describeTarget(e.targetType, lang)}${e.targetId ? ` · ${e.targetId}` : ''}`;
        const link = e.targetId ? linkOf(modules, e.targetType, e.targetId) : null;
        return link ? (
          <Link to={link} data-testid="audit-target-link" onClick={(ev) => ev.stopPropagation()}>
            {text}
          </Link>
        ) : (
          text
        );
      },
    },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? t('common.none') },
  ];
}
