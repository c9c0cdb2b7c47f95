import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLang } from './i18n';

/** Toggles vi ⇄ en; the label names the language it switches to. */
export function LangSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button
      data-testid="lang-switch"
      icon={<GlobalOutlined />}
      title={t('lang.switchTitle')}
      aria-label={t('lang.switchTitle')}
      onClick={() => void setLang(next)}
    >
      {next.toUpperCase()}
    </Button>
  );
}
