import { useState } from 'react';
import { Alert, Button, Image, Space, Upload, message } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UPLOAD_TYPES, uploadProblem } from '@vioc/contracts';
import { api, formData } from '../../shared/api';
import { toUploaded, type UploadedFile } from './reportsApi';

interface Props {
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** Guests upload to POST /api/files/guest and keep the one-time token of each photo. */
  guest?: boolean;
}

/**
 * Uploads photos one by one to POST /api/files (signed-in users) or
 * /api/files/guest (guests: the answer carries a one-time token, and the photo
 * is previewed from the local file: nobody may read it before it is attached).
 */
export function PhotoField({ value, onChange, guest = false }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(0);
  // Files refused before upload, named with the limit: stays until the next choice (a toast would be missed).
  const [refused, setRefused] = useState<string[]>([]);
  const mb = (bytes: number) =>
    `${new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 }).format(bytes / 1_048_576)} MB`;
  const refusal = (file: File): string | null => {
    const problem = uploadProblem(file, 'photo');
    if (!problem) return null;
    return problem.problem === 'type'
      ? t('rep.uploadWrongType', { name: file.name, types: UPLOAD_TYPES.photo.label })
      : t('rep.uploadTooLarge', { name: file.name, size: mb(file.size), limit: mb(problem.limitBytes) });
  };

  const upload = async (file: File) => {
    setBusy((n) => n + 1);
    try {
      // multipart through the same client (CSRF, language, error shape); the error is shown below, once
      const parsed = guest
        ? await api
            .post('/api/files/guest', { body: { file }, bodySerializer: formData, silent: true })
            .then((a) => toUploaded(a.file, a.token))
        : await api
            .post('/api/files', { body: { file, kind: 'photo' }, bodySerializer: formData, silent: true })
            .then((a) => toUploaded(a));
      const url = guest ? URL.createObjectURL(file) : (parsed.url ?? URL.createObjectURL(file));
      onChange([...value, { ...parsed, url }].slice(0, 10));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.unknown'));
    } finally {
      setBusy((n) => n - 1);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload
        accept="image/*"
        multiple
        showUploadList={false}
        beforeUpload={(file, batch) => {
          // Called once per file of a selection: the first of the batch starts a fresh list of refusals.
          if (file === batch[0]) setRefused([]);
          const why = refusal(file);
          if (why) setRefused((r) => [...r, why]);
          else void upload(file);
          return false;
        }}
        disabled={value.length >= 10}
      >
        <Button icon={<UploadOutlined />} loading={busy > 0} disabled={value.length >= 10} data-testid="report-upload">
          {t('rep.upload')}
        </Button>
      </Upload>
      {refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="upload-refused"
          title={refused.length === 1 ? refused[0] : t('rep.uploadRefused', { count: refused.length })}
          description={refused.length > 1 ? refused.join(' · ') : undefined}
          closable
          onClose={() => setRefused([])}
        />
      )}
      <Space wrap>
        {value.map((f) => (
          <div key={f.id} style={{ position: 'relative' }} data-testid="report-photo">
            {f.url && <Image src={f.url} width={88} height={88} style={{ objectFit: 'cover', borderRadius: 6 }} />}
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              style={{ position: 'absolute', top: 2, right: 2 }}
              aria-label={t('common.delete')}
              onClick={() => onChange(value.filter((x) => x.id !== f.id))}
            />
          </div>
        ))}
      </Space>
    </Space>
  );
}
