import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the user sees when a page fails unexpectedly: a plain apology and a way out. */
export function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.crashTitle')}
      subTitle={t('errors.crashText')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
