import { useState } from 'react';
import { App, Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/api-error';
import { useLanguage } from './session';

/** One button that offers the other language, labelled in that language so anyone can find it. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const other = language === 'zh' ? 'en' : 'zh';

  const switchLanguage = async () => {
    setBusy(true);
    try {
      await setLanguage(other);
    } catch (error) {
      void message.error(errorMessage(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      type={onDark ? 'text' : 'default'}
      icon={<GlobalOutlined />}
      loading={busy}
      onClick={() => void switchLanguage()}
      aria-label={t('language.switchTo')}
      lang={other === 'en' ? 'en' : 'zh-CN'}
      style={onDark ? { color: '#ffffff' } : undefined}
      data-testid="language-switch"
    >
      {t(`language.${other}`)}
    </Button>
  );
}
