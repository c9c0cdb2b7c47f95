import { useState } from 'react';
import { Alert, Button, Modal } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, type ApiData } from '../../../shared/api';

type VerifyResult = ApiData<'/api/audit/verify'>;

/** GET /api/audit/verify: walks the hash chain and reports the first broken entry. */
export function VerifyButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifyResult | null>(null);

  const verify = async () => {
    setBusy(true);
    try {
      setResult(await api.get('/api/audit/verify'));
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={busy}
        onClick={() => void verify()}
        data-testid="audit-verify"
      >
        {t('audit.verify')}
      </Button>
      <Modal
        open={result !== null}
        title={t('audit.verifyTitle')}
        onCancel={() => setResult(null)}
        footer={<Button onClick={() => setResult(null)}>{t('common.close')}</Button>}
      >
        {result &&
          (result.ok ? (
            <Alert
              type="success"
              showIcon
              title={t('audit.verifyOk', { checked: result.checked })}
              data-testid="audit-verify-result"
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', checked: result.checked })}
              description={result.reason ? t('audit.verifyReason', { reason: result.reason }) : undefined}
              data-testid="audit-verify-result"
            />
          ))}
      </Modal>
    </>
  );
}
